import type { Database } from '../data/database';
import { SnError } from '../errors';
import { insertRecord, updateRecord, type WriteContext } from '../records/write';
import { mustTable, type SnRecord } from '../schema';
import { transformMapsFor, type TransformMap } from './transformMaps';

/** One entry of an Import Set API answer's `result`. */
export interface TransformResult {
  transform_map: string;
  table: string;
  display_name: string;
  display_value: string;
  record_link: string;
  status: 'inserted' | 'updated' | 'ignored' | 'error';
  sys_id: string;
  error_message?: string;
  status_message?: string;
}

/** Starts an import set (ISET number) for rows loaded into `staging`; transforms run synchronously here. */
export function openImportSet(context: WriteContext, staging: string, multiImportSetId = ''): SnRecord {
  return insertRecord(context, 'sys_import_set', { table_name: staging, state: 'loading', mode: 'synchronous', multi_import_set_id: multiImportSetId });
}

/**
 * Loads one row into the staging table and runs each of its transform maps. Columns may be
 * named by column name or by label (insertMultiple's default); other keys are ignored.
 */
export function loadAndTransform(context: WriteContext, staging: string, importSet: SnRecord, values: Record<string, unknown>, rowNumber: number, origin: string): TransformResult[] {
  const table = mustTable(staging);
  const body: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    const field = table.byName.get(key) ?? table.fields.find((f) => f.label === key);
    if (field && !field.name.startsWith('sys_')) body[field.name] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  const row = insertRecord(context, staging, body);
  const results = transformMapsFor(staging).map((map) => transformRow(context, map, row, origin));
  const first = results[0];
  context.db.put(staging, {
    ...row,
    sys_import_set: importSet.sys_id,
    sys_import_row: String(rowNumber),
    sys_import_state: first?.status ?? 'ignored',
    sys_import_state_comment: first?.error_message ?? first?.status_message ?? '',
    sys_target_table: first?.table ?? '',
    sys_target_sys_id: first?.status === 'error' ? '' : (first?.sys_id ?? ''),
    sys_transform_map: results.length > 0 ? transformMapsFor(staging)[0].sysId : '',
  });
  return results;
}

function transformRow(context: WriteContext, map: TransformMap, row: SnRecord, origin: string): TransformResult {
  const target = mustTable(map.target);
  const values: Record<string, string> = {};
  for (const field of map.fields) values[field.target] = row[field.source] ?? '';
  const base = { transform_map: map.name, table: map.target, display_name: target.displayField };
  try {
    const existing = coalesced(context.db, map, values);
    let record: SnRecord;
    let status: TransformResult['status'];
    if (existing) {
      record = updateRecord(context, map.target, existing.sys_id, values);
      status = record === existing ? 'ignored' : 'updated';
    } else {
      record = insertRecord(context, map.target, values);
      status = 'inserted';
    }
    const link = `${origin}/api/now/table/${map.target}/${record.sys_id}`;
    return { ...base, display_value: record[target.displayField] ?? '', record_link: link, status, sys_id: record.sys_id, ...(status === 'ignored' ? { status_message: 'No field values changed' } : {}) };
  } catch (error) {
    if (!(error instanceof SnError)) throw error;
    return { ...base, display_value: '', record_link: '', status: 'error', sys_id: row.sys_id, error_message: error.detail ?? error.message };
  }
}

/** The target record every coalesce field matches; none when a coalesce value is empty (the row inserts). */
function coalesced(db: Database, map: TransformMap, values: Record<string, string>): SnRecord | undefined {
  const keys = map.fields.filter((f) => f.coalesce);
  if (keys.length === 0 || keys.some((k) => values[k.target] === '')) return undefined;
  const [first, ...others] = keys;
  for (const id of db.lookup(map.target, first.target, values[first.target])) {
    const record = db.get(map.target, id);
    if (record && others.every((k) => record[k.target] === values[k.target])) return record;
  }
  return undefined;
}

/** What GET /import/{staging}/{sys_id} answers for a loaded row: its set and its transform outcome. */
export function rowResult(db: Database, staging: string, row: SnRecord, origin: string): { import_set: string; staging_table: string; result: TransformResult[] } {
  const importSet = db.get('sys_import_set', row.sys_import_set);
  const result = transformMapsFor(staging).map((map): TransformResult => {
    const target = mustTable(map.target);
    const record = row.sys_target_sys_id ? db.get(map.target, row.sys_target_sys_id) : undefined;
    return {
      transform_map: map.name, table: map.target, display_name: target.displayField, display_value: record?.[target.displayField] ?? '',
      record_link: record ? `${origin}/api/now/table/${map.target}/${record.sys_id}` : '',
      status: (row.sys_import_state || 'ignored') as TransformResult['status'], sys_id: record?.sys_id ?? row.sys_id,
    };
  });
  return { import_set: importSet?.number ?? '', staging_table: staging, result };
}
