import type { QuerySource, SfRecord } from '../../model/types';
import { sortRecords } from './order';
import { readPath, type FieldPath } from './paths';
import type { Column, Plan } from './plan';
import { attributes, writePath, type Row } from './project';
import { indexableEqualities } from './where';

export interface ExecuteOptions {
  includeDeleted?: boolean;
  version: string;
  /** Only these ids are eligible (SOSL hands over the records its index found). */
  only?: Iterable<string>;
}

/** Filters, sorts and pages a plan's records. */
export function selectRecords(plan: Plan, source: QuerySource, options: ExecuteOptions): SfRecord[] {
  const matched: SfRecord[] = [];
  for (const record of candidates(plan, source, options)) if (plan.predicate(record)) matched.push(record);
  const sorted = sortRecords(matched, plan.order, (r, p) => readPath(source, r, p));
  const end = plan.limit === undefined ? undefined : plan.offset + plan.limit;
  return plan.offset || end !== undefined ? sorted.slice(plan.offset, end) : sorted;
}

/**
 * The records worth testing: an index answers a top-level `field = literal` conjunct
 * (what makes a selective query fast); anything else is a scan. `byId` also returns
 * recycle-bin records, so the Id path filters them unless the query is a queryAll.
 */
function candidates(plan: Plan, source: QuerySource, options: ExecuteOptions): Iterable<SfRecord> {
  const objectName = plan.schema.name;
  const includeDeleted = Boolean(options.includeDeleted);
  if (options.only) return byIds(source, options.only, objectName, false);
  if (plan.where) {
    for (const { path, value } of indexableEqualities(plan.where, plan.schema, source, plan.statement)) {
      if (path.field.name === 'Id') return byIds(source, [String(value)], objectName, includeDeleted);
      // The field indexes hold live records only, so a queryAll scans.
      const ids = includeDeleted ? undefined : source.byFieldValue(objectName, path.field.name, value);
      if (ids) return byIds(source, ids, objectName, false);
    }
  }
  return source.records(objectName, { includeDeleted });
}

function* byIds(source: QuerySource, ids: Iterable<string>, objectName: string, includeDeleted: boolean): Iterable<SfRecord> {
  for (const id of ids) {
    const record = source.byId(id);
    if (record && (includeDeleted || !record.IsDeleted) && source.objectOf(record.Id) === objectName) yield record;
  }
}

/** Builds result rows in the selected field order, with parents nested and children as sub-results. */
export function projectRows(plan: Plan, records: SfRecord[], source: QuerySource, options: ExecuteOptions): Row[] {
  const children = plan.columns.map((column) => (column.kind === 'children' ? childBuckets(column, records, source, options) : undefined));
  return records.map((record) => {
    const row: Row = { attributes: attributes(plan.schema.name, record.Id, options.version) };
    plan.columns.forEach((column, i) => {
      if (column.kind === 'path') writePath(row, record, column.path, source, options.version);
      else row[column.relationship.relationshipName] = childResult(column, children[i]!.get(record.Id.slice(0, 15)), source, options);
    });
    return row;
  });
}

/** Children grouped by parent id, read once per query rather than once per parent. */
function childBuckets(column: Extract<Column, { kind: 'children' }>, parents: SfRecord[], source: QuerySource, options: ExecuteOptions): Map<string, SfRecord[]> {
  const wanted = new Set(parents.map((p) => p.Id.slice(0, 15)));
  const buckets = new Map<string, SfRecord[]>();
  for (const child of source.records(column.plan.schema.name, { includeDeleted: options.includeDeleted })) {
    const parentId = child[column.relationship.field];
    if (typeof parentId !== 'string' || !wanted.has(parentId.slice(0, 15)) || !column.plan.predicate(child)) continue;
    const key = parentId.slice(0, 15);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(child);
    else buckets.set(key, [child]);
  }
  return buckets;
}

function childResult(column: Extract<Column, { kind: 'children' }>, bucket: SfRecord[] | undefined, source: QuerySource, options: ExecuteOptions) {
  if (!bucket) return null;
  const plan = column.plan;
  const sorted = sortRecords(bucket, plan.order, (r, p: FieldPath) => readPath(source, r, p));
  const limited = plan.limit === undefined ? sorted : sorted.slice(0, plan.limit);
  if (limited.length === 0) return null;
  return { totalSize: limited.length, done: true, records: projectRows(plan, limited, source, options) };
}
