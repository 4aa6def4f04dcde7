import { fold } from '../data/collation';
import type { Database } from '../data/database';
import { isLookupValue, type Row, type Value } from '../schema/types';
import type { BoundNode, BoundOperand, Path } from './bind';

/**
 * Evaluates a bound filter on one row with SQL's three-valued logic: a comparison with a
 * null column is unknown (null), `not unknown` stays unknown, and only rows where the
 * whole filter is true are returned, as the filter-rows page states.
 */
export type Truth = boolean | null;

type Scalar = string | number | boolean | null;

export function valueAt(db: Database, row: Row | undefined, path: Path): Scalar {
  if (!row) return null;
  const value: Value | undefined = row[path.attribute.logicalName];
  if (path.kind === 'column') return isLookupValue(value) ? value.id : (value ?? null);
  if (!isLookupValue(value)) return null;
  if (path.kind === 'lookup') return value.id;
  return value.entity === path.target.entity ? valueAt(db, db.get(value.entity, value.id), path.next) : null;
}

function operandValue(db: Database, row: Row, operand: BoundOperand): Scalar {
  return operand.type === 'literal' ? operand.value : valueAt(db, row, operand.path);
}

/** Orders two non-null values of one EDM type: text by the collation, GUIDs case-insensitively, dates by instant. */
export function compareScalars(edm: string, a: Scalar, b: Scalar): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const x = String(a);
  const y = String(b);
  if (edm === 'Edm.DateTimeOffset') return Date.parse(x) - Date.parse(y);
  const left = edm === 'Edm.Guid' ? x.toLowerCase() : fold(x);
  const right = edm === 'Edm.Guid' ? y.toLowerCase() : fold(y);
  return left < right ? -1 : left > right ? 1 : 0;
}

export function evaluate(db: Database, row: Row, node: BoundNode): Truth {
  switch (node.type) {
    case 'and': {
      const left = evaluate(db, row, node.left);
      if (left === false) return false;
      const right = evaluate(db, row, node.right);
      return right === false ? false : left === true && right === true ? true : null;
    }
    case 'or': {
      const left = evaluate(db, row, node.left);
      if (left === true) return true;
      const right = evaluate(db, row, node.right);
      return right === true ? true : left === false && right === false ? false : null;
    }
    case 'not': {
      const value = evaluate(db, row, node.operand);
      return value === null ? null : !value;
    }
    case 'function': {
      const value = operandValue(db, row, node.property);
      const argument = operandValue(db, row, node.argument);
      if (value === null || argument === null) return null;
      const text = fold(String(value));
      const part = fold(String(argument));
      return node.name === 'contains' ? text.includes(part) : node.name === 'startswith' ? text.startsWith(part) : text.endsWith(part);
    }
    case 'compare': {
      const left = operandValue(db, row, node.left);
      const right = operandValue(db, row, node.right);
      if (node.left.edm === 'null' || node.right.edm === 'null') {
        const isNull = (node.left.edm === 'null' ? right : left) === null;
        return node.op === 'eq' ? isNull : node.op === 'ne' ? !isNull : null;
      }
      if (left === null || right === null) return null;
      const edm = node.left.type === 'path' ? node.left.edm : node.right.edm;
      const order = compareScalars(edm, left, right);
      switch (node.op) {
        case 'eq':
          return order === 0;
        case 'ne':
          return order !== 0;
        case 'gt':
          return order > 0;
        case 'ge':
          return order >= 0;
        case 'lt':
          return order < 0;
        case 'le':
          return order <= 0;
      }
    }
  }
}
