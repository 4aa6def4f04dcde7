import type { QuerySource } from '../../model/types';
import { parseSoql } from '../soql/parse';
import { requireObject } from '../soql/paths';
import type { Row } from '../soql/project';
import { runParsed } from '../soql/run';
import { matchingIds } from './match';
import { parseSosl, type SoslQuery } from './parse';
import { TokenIndexes } from './tokenIndex';

export interface SoslResult {
  searchRecords: Row[];
}

const MAX_SEARCH_QUERY = 10_000;

const indexesBySource = new WeakMap<QuerySource, TokenIndexes>();

function indexesFor(source: QuerySource): TokenIndexes {
  let indexes = indexesBySource.get(source);
  if (!indexes) indexesBySource.set(source, (indexes = new TokenIndexes(source)));
  return indexes;
}

export function runSosl(statement: string, source: QuerySource, options: { version?: string } = {}): SoslResult {
  return runSearch(parseSosl(statement), source, options);
}

/**
 * Runs a parsed search: the index finds the ids, then each RETURNING object's SOQL filters,
 * sorts and limits them. Without RETURNING every object is searched and only Ids return.
 * https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_sosl_returning.htm
 */
export function runSearch(query: SoslQuery, source: QuerySource, options: { version?: string } = {}): SoslResult {
  // "If the SearchQuery string is longer than 10,000 characters, no result rows are returned."
  // https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_sosl_syntax.htm
  if (query.term.length > MAX_SEARCH_QUERY) return { searchRecords: [] };
  const specs = query.returning.length
    ? query.returning
    : source.schemas().map((s) => ({ objectName: s.name, soql: `SELECT Id FROM ${s.name}` }));
  const compiled = specs.map((spec) => ({ schema: requireObject(source, spec.objectName, spec.soql), parsed: parseSoql(spec.soql, 'MALFORMED_SEARCH'), soql: spec.soql }));
  const indexes = indexesFor(source);
  const searchRecords: Row[] = [];
  for (const { schema, parsed, soql } of compiled) {
    if (searchRecords.length >= query.limit) break;
    const ids = matchingIds(query.term, query.group, schema, source, indexes);
    if (ids.size === 0) continue;
    const result = runParsed(parsed, soql, source, { only: ids, version: options.version });
    searchRecords.push(...result.records.slice(0, query.limit - searchRecords.length));
  }
  return { searchRecords };
}
