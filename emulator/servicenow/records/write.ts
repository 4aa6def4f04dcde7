import { removeAttachment, removeAttachmentsOf } from '../attachments/attachments';
import type { Database } from '../data/database';
import { glideDateTime, newSysId } from '../data/glide';
import { badRequest, noRecord } from '../errors';
import { mustTable, type SnRecord, type Table } from '../schema';
import { checkDocument, checkMandatory, convertInput, type ConvertedInput } from './input';

export interface WriteContext {
  db: Database;
  /** The authenticated user's user_name, written to sys_created_by / sys_updated_by. */
  userName: string;
  inputDisplayValue?: boolean;
  /** The user's time zone, for date-times given as display values. */
  timeZone?: string;
  now?: Date;
}

/** POST /api/now/table/{table}: one record; for an array only the first is used (KB0534905). */
export function insertRecord(context: WriteContext, tableName: string, body: unknown): SnRecord {
  const table = mustTable(tableName);
  const input = convertInput(context.db, table, bodyObject(body), context.inputDisplayValue === true, context.timeZone);
  const stamp = glideDateTime(context.now);
  const record: SnRecord = {};
  for (const field of table.fields) record[field.name] = input.values[field.name] ?? field.defaultValue?.() ?? '';
  const sysId = input.sysId && !context.db.get(tableName, input.sysId) ? input.sysId : newSysId();
  Object.assign(record, { sys_id: sysId, sys_created_on: stamp, sys_created_by: context.userName, sys_updated_on: stamp, sys_updated_by: context.userName, sys_mod_count: '0' });
  return save(context, table, record, input);
}

/** PUT and PATCH both change only the fields the body names. */
export function updateRecord(context: WriteContext, tableName: string, sysId: string, body: unknown): SnRecord {
  const table = mustTable(tableName);
  const before = context.db.get(tableName, sysId);
  if (!before) throw noRecord();
  const input = convertInput(context.db, table, bodyObject(body), context.inputDisplayValue === true, context.timeZone);
  const record: SnRecord = { ...before, ...input.values };
  const changed = Object.keys(input.journal).length > 0 || Object.keys(input.values).some((k) => before[k] !== record[k]);
  if (!changed) return before;
  Object.assign(record, { sys_updated_on: glideDateTime(context.now), sys_updated_by: context.userName, sys_mod_count: String(Number(before.sys_mod_count || 0) + 1) });
  return save(context, table, record, input);
}

export function deleteRecord(context: WriteContext, tableName: string, sysId: string): void {
  if (!context.db.get(tableName, sysId)) throw noRecord();
  if (tableName === 'sys_attachment') removeAttachment(context.db, sysId);
  else {
    context.db.remove(tableName, sysId);
    removeAttachmentsOf(context.db, tableName, sysId);
  }
}

function save(context: WriteContext, table: Table, record: SnRecord, input: ConvertedInput): SnRecord {
  Object.assign(record, table.derive?.(record));
  checkMandatory(record, table);
  checkDocument(context.db, record, table);
  // Numbered only once the write is accepted, so a refused insert leaves no gap.
  if (!record.number && table.numbering && !context.db.get(table.name, record.sys_id)) record.number = context.db.nextNumber(table.name)!;
  context.db.put(table.name, record);
  for (const [element, value] of Object.entries(input.journal)) {
    insertRecord({ ...context, inputDisplayValue: false }, 'sys_journal_field', { element, element_id: record.sys_id, name: table.name, value });
  }
  return record;
}

function bodyObject(body: unknown): Record<string, unknown> {
  const first = Array.isArray(body) ? body[0] : body;
  if (first === null || typeof first !== 'object' || Array.isArray(first)) {
    throw badRequest('Exception while reading request', 'The payload is not valid JSON.');
  }
  return first as Record<string, unknown>;
}
