import { createHash } from 'node:crypto';
import { insertRecord, type WriteContext } from '../records/write';
import { allTables, systemFields, type FieldDef, type Table } from '../schema';
import { dictionaryTables } from '../schema/dictionary';
import type { Database } from './database';

/** The same sys_id at every start, so that a client may keep one (a dictionary row's, a table's). */
const stableSysId = (...parts: string[]) => createHash('md5').update(parts.join('.')).digest('hex');

const SYSTEM_FIELD_NAMES = new Set(systemFields.map((f) => f.name));

/** A table's own fields: the ones it inherits are listed under the table it extends, as on an instance. */
function ownFields(table: Table, byName: Map<string, Table>): FieldDef[] {
  const parent = table.extends ? byName.get(table.extends) : undefined;
  if (!parent) return table.fields;
  return table.fields.filter((f) => !parent.byName.has(f.name) && !SYSTEM_FIELD_NAMES.has(f.name));
}

/**
 * Writes sys_db_object, sys_dictionary and sys_choice from the schema in code, replacing what an
 * earlier start wrote: a field added to the schema shows in the dictionary at the next start.
 */
export function writeDictionary(db: Database, now = new Date()): void {
  for (const { name } of dictionaryTables) for (const row of db.all(name)) db.remove(name, row.sys_id);
  const context: WriteContext = { db, userName: 'system', now };
  const tables = allTables();
  const byName = new Map(tables.map((t) => [t.name, t]));
  const tableId = (name: string) => stableSysId('sys_db_object', name);
  for (const table of tables) {
    insertRecord(context, 'sys_db_object', {
      sys_id: tableId(table.name), name: table.name, label: table.label, super_class: table.extends ? tableId(table.extends) : '',
      is_extendable: String(tables.some((t) => t.extends === table.name)), number_ref: table.numbering?.prefix ?? '',
    });
    insertRecord(context, 'sys_dictionary', { sys_id: stableSysId('sys_dictionary', table.name, ''), name: table.name, element: '', column_label: table.label, internal_type: 'collection', active: 'true' });
    for (const field of ownFields(table, byName)) {
      insertRecord(context, 'sys_dictionary', {
        sys_id: stableSysId('sys_dictionary', table.name, field.name), name: table.name, element: field.name, column_label: field.label,
        internal_type: field.type, max_length: field.maxLength === undefined ? '' : String(field.maxLength), reference: field.reference ? tableId(field.reference) : '',
        mandatory: String(field.mandatory === true), display: String(field.name === table.displayField), active: 'true', read_only: String(SYSTEM_FIELD_NAMES.has(field.name)),
      });
      (field.choices ?? []).forEach((choice, sequence) =>
        insertRecord(context, 'sys_choice', {
          sys_id: stableSysId('sys_choice', table.name, field.name, choice.value), name: table.name, element: field.name, value: choice.value, label: choice.label,
          sequence: String(sequence), language: 'en', inactive: 'false',
        }),
      );
    }
  }
}
