import type { Query } from 'soql-parser-js';
import type { QuerySource } from '../../model/types';
import { malformed, SfQueryError } from '../errors';
import { aggregateRows, isAggregate, isCountOnly } from './aggregate';
import { projectRows, selectRecords } from './execute';
import { parseSoql } from './parse';
import { readPath, requireObject, resolvePath } from './paths';
import { compilePlan, type PlanContext } from './plan';
import type { Row } from './project';

export interface SoqlOptions {
  /** queryAll: also the recycle bin. */
  includeDeleted?: boolean;
  now?: Date;
  /** API version echoed in record urls, e.g. "62.0". */
  version?: string;
  /** Restricts the query to these record ids (SOSL's RETURNING clause). */
  only?: Iterable<string>;
}

/** The whole answer; the router cuts it into batches of `nextRecordsUrl` pages. */
export interface SoqlResult {
  totalSize: number;
  done: true;
  records: Row[];
}

export function runSoql(statement: string, source: QuerySource, options: SoqlOptions = {}): SoqlResult {
  if (!statement.trim()) throw new SfQueryError('MALFORMED_QUERY', 'A query string has to be specified');
  return runParsed(parseSoql(statement), statement, source, options);
}

export function runParsed(query: Query, statement: string, source: QuerySource, options: SoqlOptions): SoqlResult {
  if (!query.sObject) throw malformed(statement, undefined);
  const schema = requireObject(source, query.sObject, statement);
  const now = options.now ?? new Date();
  const version = options.version ?? '62.0';
  const context: PlanContext = { source, statement, now, semiJoin: (inner) => semiJoinValues(inner, statement, source, now) };
  const aggregate = isAggregate(query);
  const plan = compilePlan(aggregate ? { ...query, fields: [], orderBy: undefined } : query, schema, context);
  const execution = { includeDeleted: options.includeDeleted, version, only: options.only };
  if (!aggregate) {
    const records = projectRows(plan, selectRecords(plan, source, execution), source, execution);
    return { totalSize: records.length, done: true, records };
  }
  const matched = selectRecords({ ...plan, limit: undefined, offset: 0 }, source, execution);
  if (isCountOnly(query)) {
    const total = Math.max(0, Math.min(matched.length - plan.offset, plan.limit ?? Infinity));
    return { totalSize: total, done: true, records: [] };
  }
  const rows = aggregateRows(query, schema, matched, source, statement);
  const end = plan.limit === undefined ? undefined : plan.offset + plan.limit;
  const records = rows.slice(plan.offset, end);
  return { totalSize: records.length, done: true, records };
}

/** `Id IN (SELECT WhoId FROM Task)`: the inner query must select exactly one id field. */
function semiJoinValues(inner: Query, statement: string, source: QuerySource, now: Date): Set<string> {
  const fields = inner.fields ?? [];
  const first = fields[0];
  if (fields.length !== 1 || !first || first.type !== 'Field' || !inner.sObject) throw malformed(statement, inner.sObject);
  const schema = requireObject(source, inner.sObject, statement);
  const path = resolvePath(source, schema, first.field, statement);
  const plan = compilePlan({ ...inner, fields: [] }, schema, { source, statement, now, semiJoin: () => { throw malformed(statement, 'SELECT'); } });
  const values = new Set<string>();
  for (const record of selectRecords(plan, source, { version: '62.0' })) {
    const value = readPath(source, record, path);
    if (typeof value === 'string') values.add(value);
  }
  return values;
}
