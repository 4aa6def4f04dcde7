import type { Database } from '../data/database';
import type { SnRecord } from '../schema';
import { bindClauses, compareValues, matchesGroup, prepare, type BoundClause, type BoundCondition } from './match';
import type { Condition, EncodedQuery } from './parse';
import { resolvePath, valueAt, type ResolvedPath } from './path';
import { candidatesFor } from './plan';
import { TEXT_QUERY_FIELD, textSearchMatcher } from './textSearch';

export interface Page {
  limit: number;
  offset: number;
}

export interface QueryResult {
  /** Every matching row, for X-Total-Count. */
  total: number;
  records: SnRecord[];
}

export interface RunOptions {
  /** Off only to measure the linear scan the indexes replace. */
  useIndexes?: boolean;
}

/** Runs an encoded query on one table: filter, order, then the requested page. */
export function runQuery(db: Database, table: string, query: EncodedQuery, page: Page, options: RunOptions = {}): QueryResult {
  const bind = (c: Condition): BoundCondition | undefined => {
    if (c.field === TEXT_QUERY_FIELD) return { ...c, path: resolvePath(table, 'sys_id')!, text: textSearchMatcher(table, c.value) };
    const path = resolvePath(table, c.field);
    return path ? prepare(c, path) : undefined;
  };
  const groups: BoundClause[][] = query.groups.map((group) => bindClauses(group, bind));
  const matching = filterRows(db, table, groups, options.useIndexes !== false);

  const orderBy = query.orderBy
    .map((o) => ({ ...o, path: resolvePath(table, o.field) }))
    .filter((o): o is { field: string; descending: boolean; path: ResolvedPath } => o.path !== undefined);
  const keyed = matching.map((record) => ({ record, keys: orderBy.map((o) => valueAt(db, record, o.path)), position: db.position(table, record.sys_id) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < orderBy.length; i++) {
      const order = compareValues(orderBy[i].path.field, a.keys[i], b.keys[i]);
      if (order !== 0) return orderBy[i].descending ? -order : order;
    }
    return a.position - b.position;
  });
  return { total: keyed.length, records: keyed.slice(page.offset, page.offset + page.limit).map((k) => k.record) };
}

function filterRows(db: Database, table: string, groups: BoundClause[][], useIndexes: boolean): SnRecord[] {
  if (groups.length === 0) return db.all(table);
  let candidates: SnRecord[];
  const planned = useIndexes ? groups.map((group) => candidatesFor(db, table, group)) : [undefined];
  if (planned.some((set) => set === undefined)) candidates = db.all(table);
  else {
    const ids = new Set<string>();
    for (const set of planned) for (const id of set!) ids.add(id);
    candidates = [...ids].map((id) => db.get(table, id)).filter((r): r is SnRecord => r !== undefined);
  }
  return candidates.filter((record) => groups.some((group) => matchesGroup(db, record, group)));
}
