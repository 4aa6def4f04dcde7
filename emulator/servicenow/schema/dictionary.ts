import { boolean, integer, reference, tableName, text, type TableDef } from './field';

/**
 * The tables that describe the tables: sys_db_object (one row per table, with the table it
 * extends), sys_dictionary (one row per field, and one per table with an empty element, the
 * collection) and sys_choice (one row per choice of a choice field). Clients read them through
 * the Table API to learn an instance's schema. In the emulator the schema is code
 * (`emulator/servicenow/schema`): these rows are written from it at every start, and are read-only.
 * https://www.servicenow.com/docs/r/platform-administration/c_SystemDictionary.html
 */
export const dictionaryTables: TableDef[] = [
  {
    name: 'sys_db_object',
    label: 'Table',
    displayField: 'label',
    fields: [
      text('name', { mandatory: true, maxLength: 80 }),
      text('label', { maxLength: 80 }),
      reference('super_class', 'sys_db_object', { label: 'Extends table' }),
      boolean('is_extendable', { label: 'Extensible' }),
      text('number_ref', { label: 'Auto number', maxLength: 40 }),
    ],
  },
  {
    name: 'sys_dictionary',
    label: 'Dictionary Entry',
    displayField: 'column_label',
    fields: [
      tableName('name', { label: 'Table' }),
      text('element', { label: 'Column name', maxLength: 80 }),
      text('column_label', { maxLength: 80 }),
      text('internal_type', { label: 'Type', maxLength: 40 }),
      integer('max_length'),
      reference('reference', 'sys_db_object'),
      boolean('mandatory'),
      boolean('display'),
      boolean('active'),
      boolean('read_only'),
    ],
  },
  {
    name: 'sys_choice',
    label: 'Choice',
    displayField: 'label',
    fields: [
      tableName('name', { label: 'Table' }),
      text('element', { maxLength: 80 }),
      text('value', { maxLength: 40 }),
      text('label', { maxLength: 100 }),
      integer('sequence'),
      text('language', { maxLength: 40 }),
      boolean('inactive'),
    ],
  },
];

/** Tables no Table API write may change, whoever asks: the schema is the emulator's code. */
export const READ_ONLY_TABLES: ReadonlySet<string> = new Set(dictionaryTables.map((t) => t.name));
