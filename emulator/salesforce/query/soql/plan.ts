import type { FieldType as SelectItem, Query, Subquery } from 'soql-parser-js';
import type { ChildRelationshipSchema, QuerySource, SfRecord, SObjectSchema } from '../../model/types';
import { columnOf, malformed, positioned, SfQueryError } from '../errors';
import { toOrderKey, type OrderKey } from './order';
import { readPath, requireObject, resolvePath, type FieldPath } from './paths';
import { compileWhere, whereTree, type Predicate, type WhereContext } from './where';

export type Column =
  | { kind: 'path'; path: FieldPath }
  | { kind: 'children'; relationship: ChildRelationshipSchema; plan: Plan };

/** A SELECT compiled against the schema: everything resolved, nothing read yet. */
export interface Plan {
  schema: SObjectSchema;
  statement: string;
  columns: Column[];
  where?: ReturnType<typeof whereTree>;
  predicate: Predicate;
  order: OrderKey[];
  limit?: number;
  offset: number;
}

export interface PlanContext {
  source: QuerySource;
  statement: string;
  now: Date;
  /** Runs a semi-join's inner query and returns the values it selects. */
  semiJoin(query: Query): Set<string>;
}

/** Salesforce's documented OFFSET ceiling. */
const maxOffset = 2000;

export function compilePlan(query: Query | Subquery, schema: SObjectSchema, context: PlanContext, allowChildren = true): Plan {
  const { source, statement } = context;
  const alias = query.sObjectAlias;
  const read = (record: SfRecord, path: FieldPath) => readPath(source, record, path);
  const columns = (query.fields ?? []).map((item) => compileColumn(item, schema, context, alias, allowChildren));
  const where = query.where ? whereTree(query.where, statement) : undefined;
  const whereContext: WhereContext = { source, schema, statement, alias, now: context.now, read, semiJoin: (q) => context.semiJoin(q as Query) };
  const predicate = where ? compileWhere(where, whereContext) : () => true;
  const orderBy = query.orderBy ? (Array.isArray(query.orderBy) ? query.orderBy : [query.orderBy]) : [];
  const order = orderBy.map((clause) => {
    if (!('field' in clause) || !clause.field) throw malformed(statement, 'ORDER');
    return toOrderKey(resolvePath(source, schema, clause.field, statement, alias), clause.order, clause.nulls);
  });
  const offset = query.offset ?? 0;
  if (offset > maxOffset) throw new SfQueryError('NUMBER_OUTSIDE_VALID_RANGE', `Maximum SOQL offset allowed is ${maxOffset}`);
  return { schema, statement, columns, where, predicate, order, limit: query.limit, offset };
}

function compileColumn(item: SelectItem, schema: SObjectSchema, context: PlanContext, alias: string | undefined, allowChildren: boolean): Column {
  const { source, statement } = context;
  if (item.type === 'Field' || item.type === 'FieldRelationship') {
    const raw = item.type === 'Field' ? item.field : (item.rawValue ?? [...item.relationships, item.field].join('.'));
    return { kind: 'path', path: resolvePath(source, schema, raw, statement, alias) };
  }
  if (item.type === 'FieldSubquery' && allowChildren) {
    const sub = item.subquery;
    const lower = sub.relationshipName.toLowerCase();
    const relationship = schema.childRelationships.find((r) => r.relationshipName.toLowerCase() === lower);
    if (!relationship) {
      throw positioned('INVALID_TYPE', statement, columnOf(statement, sub.relationshipName),
        `Didn't understand relationship '${sub.relationshipName}' in FROM part of query call. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.`);
    }
    const childSchema = requireObject(source, relationship.childSObject, statement);
    return { kind: 'children', relationship, plan: compilePlan(sub, childSchema, context, false) };
  }
  throw malformed(statement, 'rawValue' in item && item.rawValue ? item.rawValue : item.type === 'FieldTypeof' ? 'TYPEOF' : undefined);
}
