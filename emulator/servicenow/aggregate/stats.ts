import type { Database } from '../data/database';
import { compareValues } from '../query/match';
import { resolvePath, valueAt, type ResolvedPath } from '../query/path';
import type { SnRecord } from '../schema';
import { displayOf } from '../records/render';
import { walk } from '../query/path';

/**
 * GlideAggregate over the rows a query matched, as GET /api/now/stats/{table} answers it:
 * `{stats:{count, sum:{f}, avg:{f}, min:{f}, max:{f}}}`, per group with `groupby_fields`.
 * Averages carry four decimals; sums of integers stay integers.
 * https://www.servicenow.com/docs/r/api-reference/rest-apis/c_AggregateAPI.html
 */
export type Aggregate = 'sum' | 'avg' | 'min' | 'max';
export const AGGREGATES: Aggregate[] = ['sum', 'avg', 'min', 'max'];

export interface Having {
  aggregate: Aggregate | 'count';
  field: string;
  operator: '=' | '!=' | '>' | '<' | '>=' | '<=';
  value: number;
}

export interface OrderBy {
  aggregate?: Aggregate | 'count';
  field?: string;
  descending: boolean;
}

export interface StatsRequest {
  count: boolean;
  fields: Record<Aggregate, string[]>;
  groupBy: string[];
  having: Having[];
  orderBy: OrderBy[];
  displayValue: 'false' | 'true' | 'all';
  timeZone: string;
}

export type Stats = { count?: string } & Partial<Record<Aggregate, Record<string, string>>>;
export interface GroupField {
  field: string;
  value: string;
  display_value?: string;
}
export interface Group {
  stats: Stats;
  groupby_fields: GroupField[];
}

const numbers = (values: string[]) => values.filter((v) => v.trim() !== '' && Number.isFinite(Number(v))).map(Number);

function aggregateOf(aggregate: Aggregate, path: ResolvedPath, values: string[]): string {
  if (aggregate === 'min' || aggregate === 'max') {
    const present = values.filter((v) => v !== '').sort((a, b) => compareValues(path.field, a, b));
    return (aggregate === 'min' ? present[0] : present[present.length - 1]) ?? '';
  }
  const found = numbers(values);
  if (found.length === 0) return '';
  const sum = found.reduce((a, b) => a + b, 0);
  if (aggregate === 'avg') return (sum / found.length).toFixed(4);
  return path.field.type === 'integer' ? String(sum) : String(Number(sum.toFixed(4)));
}

function statsOf(db: Database, table: string, rows: SnRecord[], request: StatsRequest): Stats {
  const stats: Stats = {};
  if (request.count) stats.count = String(rows.length);
  for (const aggregate of AGGREGATES) {
    for (const field of request.fields[aggregate]) {
      const path = resolvePath(table, field);
      if (!path) continue;
      (stats[aggregate] ??= {})[field] = aggregateOf(aggregate, path, rows.map((row) => valueAt(db, row, path)));
    }
  }
  return stats;
}

function measure(db: Database, table: string, rows: SnRecord[], aggregate: Aggregate | 'count', field: string | undefined): number {
  if (aggregate === 'count') return rows.length;
  const path = field ? resolvePath(table, field) : undefined;
  return path ? Number(aggregateOf(aggregate, path, rows.map((row) => valueAt(db, row, path))) || Number.NaN) : Number.NaN;
}

const HOLDS: Record<Having['operator'], (a: number, b: number) => boolean> = {
  '=': (a, b) => a === b, '!=': (a, b) => a !== b, '>': (a, b) => a > b, '<': (a, b) => a < b, '>=': (a, b) => a >= b, '<=': (a, b) => a <= b,
};

export function runStats(db: Database, table: string, rows: SnRecord[], request: StatsRequest): Stats | Group[] {
  const groupPaths = request.groupBy.map((field) => [field, resolvePath(table, field)] as const).filter((g): g is [string, ResolvedPath] => g[1] !== undefined);
  if (groupPaths.length === 0) return statsOf(db, table, rows, request);

  const groups = new Map<string, { keys: string[]; rows: SnRecord[] }>();
  for (const row of rows) {
    const keys = groupPaths.map(([, path]) => valueAt(db, row, path));
    const id = JSON.stringify(keys);
    const group = groups.get(id) ?? groups.set(id, { keys, rows: [] }).get(id)!;
    group.rows.push(row);
  }
  const kept = [...groups.values()].filter((g) => request.having.every((h) => HOLDS[h.operator](measure(db, table, g.rows, h.aggregate, h.field), h.value)));
  kept.sort((a, b) => {
    for (const order of request.orderBy.length > 0 ? request.orderBy : groupPaths.map(([field]) => ({ field, descending: false }))) {
      const by = compareGroups(db, table, groupPaths, order, a, b);
      if (by !== 0) return order.descending ? -by : by;
    }
    return 0;
  });
  return kept.map((group) => ({ stats: statsOf(db, table, group.rows, request), groupby_fields: groupPaths.map(([field, path], i) => groupField(db, table, group.rows[0], field, path, group.keys[i], request)) }));
}

type Bucket = { keys: string[]; rows: SnRecord[] };
function compareGroups(db: Database, table: string, groupPaths: (readonly [string, ResolvedPath])[], order: OrderBy, a: Bucket, b: Bucket): number {
  if (order.aggregate) return measure(db, table, a.rows, order.aggregate, order.field) - measure(db, table, b.rows, order.aggregate, order.field);
  const i = groupPaths.findIndex(([field]) => field === order.field);
  return i < 0 ? 0 : compareValues(groupPaths[i][1].field, a.keys[i], b.keys[i]);
}

function groupField(db: Database, table: string, row: SnRecord, field: string, path: ResolvedPath, value: string, request: StatsRequest): GroupField {
  if (request.displayValue === 'false') return { field, value };
  const owner = walk(db, row, path.steps);
  const ownerTable = path.steps.length > 0 ? path.steps[path.steps.length - 1].reference! : table;
  const display = owner ? displayOf(db, ownerTable, owner, path.field, value, request.timeZone) : '';
  return request.displayValue === 'true' ? { field, value: display } : { field, value, display_value: display };
}
