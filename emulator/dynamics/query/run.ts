import type { Database } from '../data/database';
import type { Entity, Row } from '../schema/types';
import { pathEdm, type BoundNode } from './bind';
import { compareScalars, evaluate, valueAt } from './evaluate';
import type { OrderKey } from './options';
import { candidates } from './plan';

export interface RunOptions {
  /** Off only to measure the linear scan the indexes replace. */
  useIndexes?: boolean;
}

/**
 * The query pipeline after parsing and binding: plan (indexes), execute (the whole
 * filter on each candidate), then order. Without $orderby, rows keep insertion order.
 */
export function findRows(db: Database, entity: Entity, filter: BoundNode | undefined, orderBy: OrderKey[], options: RunOptions = {}): Row[] {
  const planned = filter && options.useIndexes !== false ? candidates(db, entity, filter) : undefined;
  let rows: Row[];
  if (planned) {
    rows = [];
    for (const id of planned) {
      const row = db.get(entity.logicalName, id);
      if (row) rows.push(row);
    }
    rows.sort((a, b) => position(db, entity, a) - position(db, entity, b));
  } else {
    rows = db.all(entity.logicalName);
  }
  if (filter) rows = rows.filter((row) => evaluate(db, row, filter) === true);
  if (orderBy.length === 0) return rows;
  const keyed = rows.map((row) => ({ row, keys: orderBy.map((o) => valueAt(db, row, o.path)), position: position(db, entity, row) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < orderBy.length; i++) {
      const order = compareNullsFirst(pathEdm(orderBy[i].path), a.keys[i], b.keys[i]);
      if (order !== 0) return orderBy[i].descending ? -order : order;
    }
    return a.position - b.position;
  });
  return keyed.map((k) => k.row);
}

const position = (db: Database, entity: Entity, row: Row) => db.position(entity.logicalName, row[entity.primaryIdAttribute] as string);

/** SQL Server sorts nulls before any value in ascending order. */
function compareNullsFirst(edm: string, a: ReturnType<typeof valueAt>, b: ReturnType<typeof valueAt>): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  return compareScalars(edm, a, b);
}
