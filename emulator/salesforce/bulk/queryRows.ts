import type { QuerySource } from '../model/types';
import { runSoql, SfQueryError } from '../query';
import { parseSoql } from '../query/soql/parse';

/**
 * A bulk query's result as CSV rows: one column per selected field, parents flattened as
 * `Account.Name`, null as an empty cell. Bulk queries take no parent-to-child subqueries and
 * no aggregates. https://developer.salesforce.com/docs/atlas.en-us.api_asynch.meta/api_asynch/queries.htm
 */
export interface QueryTable {
  object: string;
  columns: string[];
  rows: string[][];
}

/** Checks the statement and names its object, as creating a query job does. */
export function queryObject(statement: string, source: QuerySource): { object: string; columns: string[] } {
  const query = parseSoql(statement);
  const fields = query.fields ?? [];
  const columns = fields.map((item) => {
    if (item.type === 'Field') return item.field;
    if (item.type === 'FieldRelationship') return item.rawValue ?? [...item.relationships, item.field].join('.');
    throw new SfQueryError('API_ERROR', `${item.type === 'FieldSubquery' ? 'Nested queries' : 'Aggregate and TYPEOF queries'} are not supported by Bulk API 2.0 query`);
  });
  if (query.groupBy || query.offset !== undefined) throw new SfQueryError('API_ERROR', 'GROUP BY and OFFSET are not supported by Bulk API 2.0 query');
  // Compiling against an empty org reports unknown objects and fields without reading a record.
  runSoql(statement, { ...source, records: () => [], byId: () => undefined, byFieldValue: () => [], byPhoneDigits: () => [] });
  return { object: source.schema(String(query.sObject))!.name, columns };
}

function cell(row: Record<string, unknown>, path: string): string {
  let at: unknown = row;
  for (const part of path.split('.')) {
    if (at === null || typeof at !== 'object') return '';
    const object = at as Record<string, unknown>;
    // Rows carry canonical names; the statement may spell a field in another case.
    const key = part in object ? part : Object.keys(object).find((k) => k.toLowerCase() === part.toLowerCase());
    at = key === undefined ? undefined : object[key];
  }
  return at === null || at === undefined ? '' : typeof at === 'object' ? JSON.stringify(at) : String(at);
}

export function runBulkQuery(statement: string, source: QuerySource, includeDeleted: boolean): QueryTable {
  const { object, columns } = queryObject(statement, source);
  const result = runSoql(statement, source, { includeDeleted });
  return { object, columns, rows: result.records.map((row) => columns.map((c) => cell(row, c))) };
}
