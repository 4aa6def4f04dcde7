import type { FieldFunctionExpression, FieldType as SelectItem, Query } from 'soql-parser-js';
import type { QuerySource, SfRecord, SObjectSchema } from '../../model/types';
import { columnOf, malformed, positioned } from '../errors';
import { readPath, resolvePath, type FieldPath } from './paths';
import type { Row } from './project';
import { comparable, kindOf } from './values';

const functions = new Set(['COUNT', 'COUNT_DISTINCT', 'SUM', 'AVG', 'MIN', 'MAX']);

type Output =
  | { kind: 'group'; path: FieldPath; key: string }
  | { kind: 'aggregate'; fn: string; path?: FieldPath; key: string };

export function isAggregate(query: Query): boolean {
  return Boolean(query.groupBy) || (query.fields ?? []).some((f) => f.type === 'FieldFunctionExpression' && f.isAggregateFn);
}

/** `SELECT COUNT() FROM ...`: only the total is answered, with no records. */
export function isCountOnly(query: Query): boolean {
  const fields = query.fields ?? [];
  return fields.length === 1 && fields[0].type === 'FieldFunctionExpression' && fields[0].functionName?.toUpperCase() === 'COUNT' && fields[0].parameters.length === 0;
}

/**
 * GROUP BY and aggregate functions, answered as AggregateResult records; unaliased
 * aggregates are named expr0, expr1, ... in select order.
 * https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_agg_functions.htm
 */
export function aggregateRows(query: Query, schema: SObjectSchema, records: SfRecord[], source: QuerySource, statement: string): Row[] {
  const groupBy = query.groupBy ? (Array.isArray(query.groupBy) ? query.groupBy : [query.groupBy]) : [];
  const groupPaths = groupBy.map((g) => {
    if (!('field' in g) || !g.field) throw malformed(statement, 'GROUP');
    return resolvePath(source, schema, g.field, statement, query.sObjectAlias);
  });
  const outputs = compileOutputs(query.fields ?? [], schema, source, statement, query.sObjectAlias, groupPaths);
  const groups = new Map<string, SfRecord[]>();
  for (const record of records) {
    const key = JSON.stringify(groupPaths.map((p) => comparable(kindOf(p.field), readPath(source, record, p))));
    const group = groups.get(key);
    if (group) group.push(record);
    else groups.set(key, [record]);
  }
  if (groupPaths.length === 0 && groups.size === 0) groups.set('[]', []);
  return [...groups.values()].map((members) => {
    const row: Row = { attributes: { type: 'AggregateResult' } };
    for (const output of outputs) {
      row[output.key] = output.kind === 'group' ? (members[0] ? readPath(source, members[0], output.path) : null) : compute(output, members, source);
    }
    return row;
  });
}

function compileOutputs(items: SelectItem[], schema: SObjectSchema, source: QuerySource, statement: string, alias: string | undefined, groupPaths: FieldPath[]): Output[] {
  let expression = 0;
  return items.map((item): Output => {
    if (item.type === 'Field' || item.type === 'FieldRelationship') {
      const raw = item.type === 'Field' ? item.field : (item.rawValue ?? item.field);
      const path = resolvePath(source, schema, raw, statement, alias);
      if (!groupPaths.some((g) => g.text === path.text)) {
        throw positioned('MALFORMED_QUERY', statement, columnOf(statement, raw), `Field must be grouped or aggregated: ${path.field.name}`);
      }
      return { kind: 'group', path, key: item.type === 'Field' && item.alias ? item.alias : path.field.name };
    }
    if (item.type !== 'FieldFunctionExpression' || !functions.has(item.functionName.toUpperCase())) throw malformed(statement, 'rawValue' in item ? item.rawValue : undefined);
    const fn = item as FieldFunctionExpression;
    const param = fn.parameters[0];
    if (param !== undefined && typeof param !== 'string') throw malformed(statement, fn.rawValue);
    const path = param === undefined ? undefined : resolvePath(source, schema, param, statement, alias);
    return { kind: 'aggregate', fn: fn.functionName.toUpperCase(), path, key: fn.alias ?? `expr${expression++}` };
  });
}

function compute(output: Extract<Output, { kind: 'aggregate' }>, members: SfRecord[], source: QuerySource): unknown {
  if (!output.path) return members.length;
  const path = output.path;
  const values = members.map((m) => readPath(source, m, path)).filter((v) => v !== null && v !== undefined && v !== '');
  switch (output.fn) {
    case 'COUNT': return values.length;
    case 'COUNT_DISTINCT': return new Set(values.map((v) => comparable(kindOf(path.field), v))).size;
    case 'SUM': return values.length ? values.reduce((a: number, v) => a + Number(v), 0) : null;
    case 'AVG': return values.length ? values.reduce((a: number, v) => a + Number(v), 0) / values.length : null;
    default: {
      if (!values.length) return null;
      const kind = kindOf(path.field);
      const pick = output.fn === 'MIN' ? -1 : 1;
      return values.reduce((best, v) => ((comparable(kind, v) as number) > (comparable(kind, best) as number) === (pick === 1) ? v : best));
    }
  }
}
