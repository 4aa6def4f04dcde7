import { digitsOf, fold } from '../data/collation';
import type { Database } from '../data/database';
import type { Entity } from '../schema/types';
import type { BoundNode, BoundOperand, Path } from './bind';

/**
 * Picks the rows worth testing from the in-memory indexes, or undefined for "scan the
 * table". Only columns marked `indexed` (phone numbers, emails, account numbers, lookups,
 * names) and the primary key are used. The candidates are a superset: every candidate is
 * still tested against the whole filter, so a plan can never change an answer.
 */
export function candidates(db: Database, entity: Entity, node: BoundNode): ReadonlySet<string> | undefined {
  switch (node.type) {
    case 'and': {
      const left = candidates(db, entity, node.left);
      const right = candidates(db, entity, node.right);
      if (!left || !right) return left ?? right;
      return intersect(left, right);
    }
    case 'or': {
      const left = candidates(db, entity, node.left);
      const right = left && candidates(db, entity, node.right);
      return left && right ? union(left, right) : undefined;
    }
    case 'not':
      return undefined;
    case 'function': {
      const column = indexedColumn(entity, node.property);
      const prefix = literalText(node.argument);
      if (node.name !== 'startswith' || !column || !prefix || column.kind !== 'column') return undefined;
      return db.startingWith(entity.logicalName, column.attribute.logicalName, fold(prefix));
    }
    case 'compare': {
      if (node.op !== 'eq') return undefined;
      const [property, literal] = node.left.type === 'path' ? [node.left, node.right] : [node.right, node.left];
      if (literal.type !== 'literal' || literal.value === null) return undefined;
      return equalTo(db, entity, property, literal.value);
    }
  }
}

function equalTo(db: Database, entity: Entity, operand: BoundOperand, value: string | number | boolean): ReadonlySet<string> | undefined {
  if (operand.type !== 'path' || operand.path.kind === 'navigation') return undefined;
  const attribute = operand.path.attribute;
  if (attribute.logicalName === entity.primaryIdAttribute) {
    const id = String(value).toLowerCase();
    return db.get(entity.logicalName, id) ? new Set([id]) : new Set();
  }
  if (!indexedColumn(entity, operand)) return undefined;
  if (attribute.format === 'phone' && typeof value === 'string') {
    // Equal text under the collation has equal digits, so the digits index narrows safely.
    const digits = digitsOf(value);
    if (digits) return db.withDigits(entity.logicalName, attribute.logicalName, digits);
  }
  const key = typeof value === 'string' ? (operand.path.kind === 'lookup' ? value.toLowerCase() : fold(value)) : String(value);
  return db.withKey(entity.logicalName, attribute.logicalName, key);
}

function indexedColumn(entity: Entity, operand: BoundOperand): Path | undefined {
  if (operand.type !== 'path' || operand.path.kind === 'navigation') return undefined;
  return entity.byName.get(operand.path.attribute.logicalName)?.indexed ? operand.path : undefined;
}

function literalText(operand: BoundOperand): string | undefined {
  return operand.type === 'literal' && typeof operand.value === 'string' && operand.value !== '' ? operand.value : undefined;
}

function intersect(a: ReadonlySet<string>, b: ReadonlySet<string>): ReadonlySet<string> {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const result = new Set<string>();
  for (const id of small) if (large.has(id)) result.add(id);
  return result;
}

function union(a: ReadonlySet<string>, b: ReadonlySet<string>): ReadonlySet<string> {
  const result = new Set(a);
  for (const id of b) result.add(id);
  return result;
}
