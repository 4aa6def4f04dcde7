import { ODataError } from '../http/errors';
import type { Registry } from '../schema/registry';
import { isLookup, type AttributeDef, type Entity, type LookupTarget } from '../schema/types';
import type { Comparison, FilterNode, LiteralType, Operand, StringFunction } from './filter';

/**
 * A filter bound to a table: every property resolved to a column, a lookup's
 * `_<name>_value`, or a path through a single-valued navigation property
 * (`parentcustomerid_account/name`), and every operator checked against the column types
 * the way ODataLib checks them.
 */
export type Path =
  | { kind: 'column'; attribute: AttributeDef }
  | { kind: 'lookup'; attribute: AttributeDef }
  | { kind: 'navigation'; attribute: AttributeDef; target: LookupTarget; next: Path };

export type BoundOperand =
  | { type: 'path'; path: Path; edm: string }
  | { type: 'literal'; literal: LiteralType; value: string | number | boolean | null; edm: string };

export type BoundNode =
  | { type: 'compare'; op: Comparison; left: BoundOperand; right: BoundOperand }
  | { type: 'function'; name: StringFunction; property: BoundOperand; argument: BoundOperand }
  | { type: 'and' | 'or'; left: BoundNode; right: BoundNode }
  | { type: 'not'; operand: BoundNode };

const EDM: Record<AttributeDef['type'], string> = {
  uniqueidentifier: 'Edm.Guid', string: 'Edm.String', memo: 'Edm.String', integer: 'Edm.Int32', bigint: 'Edm.Int64', decimal: 'Edm.Decimal',
  boolean: 'Edm.Boolean', datetime: 'Edm.DateTimeOffset', picklist: 'Edm.Int32', state: 'Edm.Int32', status: 'Edm.Int32', lookup: 'Edm.Guid', customer: 'Edm.Guid',
};
const LITERAL_EDM: Record<LiteralType, string> = {
  string: 'Edm.String', int: 'Edm.Int32', decimal: 'Edm.Decimal', boolean: 'Edm.Boolean', null: 'null', guid: 'Edm.Guid', datetime: 'Edm.DateTimeOffset',
};
const NUMERIC = new Set(['Edm.Int32', 'Edm.Int64', 'Edm.Decimal']);
const KIND: Record<Comparison, string> = { eq: 'Equal', ne: 'NotEqual', gt: 'GreaterThan', ge: 'GreaterThanOrEqual', lt: 'LessThan', le: 'LessThanOrEqual' };

export const edmOf = (attribute: AttributeDef): string => EDM[attribute.type];

/** Resolves a property path of `entity`; unknown names are the OData "Could not find a property" error. */
export function resolvePath(registry: Registry, entity: Entity, name: string): Path {
  const slash = name.indexOf('/');
  if (slash >= 0) {
    const segment = name.slice(0, slash);
    const navigation = entity.navigation.get(segment);
    const target = navigation && registry.byLogicalName(navigation.target.entity);
    if (!navigation || !target) throw ODataError.noProperty(segment, entity.logicalName);
    return { kind: 'navigation', attribute: navigation.attribute, target: navigation.target, next: resolvePath(registry, target, name.slice(slash + 1)) };
  }
  if (name.startsWith('_') && name.endsWith('_value')) {
    const attribute = entity.byName.get(name.slice(1, -6));
    if (attribute && isLookup(attribute)) return { kind: 'lookup', attribute };
  }
  const attribute = entity.byName.get(name);
  if (!attribute || isLookup(attribute)) throw ODataError.noProperty(name, entity.logicalName);
  return { kind: 'column', attribute };
}

export function pathEdm(path: Path): string {
  return path.kind === 'navigation' ? pathEdm(path.next) : edmOf(path.attribute);
}

export function bindFilter(registry: Registry, entity: Entity, node: FilterNode): BoundNode {
  const operand = (o: Operand): BoundOperand => {
    if (o.type === 'literal') return { ...o, edm: LITERAL_EDM[o.literal] };
    const path = resolvePath(registry, entity, o.name);
    return { type: 'path', path, edm: pathEdm(path) };
  };
  switch (node.type) {
    case 'and':
    case 'or':
      return { type: node.type, left: bindFilter(registry, entity, node.left), right: bindFilter(registry, entity, node.right) };
    case 'not':
      return { type: 'not', operand: bindFilter(registry, entity, node.operand) };
    case 'function': {
      const property = operand(node.property);
      const argument = operand(node.argument);
      if (property.edm !== 'Edm.String' || (argument.edm !== 'Edm.String' && argument.edm !== 'null')) {
        throw ODataError.badQuery(
          `No function signature for the function with name '${node.name}' matches the specified arguments. The function signatures considered are: ${node.name}(Edm.String Nullable=true, Edm.String Nullable=true).`,
        );
      }
      return { type: 'function', name: node.name, property, argument };
    }
    case 'compare': {
      const left = operand(node.left);
      const right = operand(node.right);
      if (!compatible(left.edm, right.edm)) {
        throw ODataError.badQuery(`A binary operator with incompatible types was detected. Found operand types '${left.edm}' and '${right.edm}' for operator kind '${KIND[node.op]}'.`);
      }
      return { type: 'compare', op: node.op, left, right };
    }
  }
}

function compatible(a: string, b: string): boolean {
  if (a === b || a === 'null' || b === 'null') return true;
  if (NUMERIC.has(a) && NUMERIC.has(b)) return true;
  // Lookup ids are often written quoted: `_parentcustomerid_value eq '…'`.
  return (a === 'Edm.Guid' && b === 'Edm.String') || (a === 'Edm.String' && b === 'Edm.Guid');
}
