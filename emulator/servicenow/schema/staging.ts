import { choice, email, integer, phone, reference, tableName, text, type FieldDef, type TableDef } from './field';

/**
 * Import set (staging) tables extend sys_import_set_row: every row carries the import set
 * it arrived in, its transform state and the target record it produced.
 * https://www.servicenow.com/docs/r/integrate-applications/system-import-sets/c_ImportSetsKeyConcepts.html
 */
const importRowFields: FieldDef[] = [
  reference('sys_import_set', 'sys_import_set', { label: 'Set' }),
  integer('sys_import_row', { label: 'Row' }),
  choice('sys_import_state', [['pending', 'Pending'], ['inserted', 'Inserted'], ['updated', 'Updated'], ['ignored', 'Ignored'], ['skipped', 'Skipped'], ['error', 'Error']], {
    label: 'Import state',
    defaultValue: () => 'pending',
  }),
  text('sys_import_state_comment', { label: 'Comment', maxLength: 1000 }),
  tableName('sys_target_table', { label: 'Target table' }),
  text('sys_target_sys_id', { label: 'Target record', maxLength: 32 }),
  text('sys_transform_map', { label: 'Transform map', maxLength: 32 }),
];

export const stagingTables: TableDef[] = [
  {
    name: 'u_consumer_import',
    label: 'Consumer import',
    displayField: 'u_email',
    fields: [
      text('u_first_name', { label: 'First name', maxLength: 50 }),
      text('u_last_name', { label: 'Last name', maxLength: 50 }),
      email('u_email', { label: 'Email', maxLength: 100 }),
      phone('u_phone', { label: 'Phone' }),
      text('u_city', { label: 'City', maxLength: 100 }),
      ...importRowFields,
    ],
  },
  {
    name: 'u_case_import',
    label: 'Case import',
    displayField: 'u_number',
    fields: [
      text('u_number', { label: 'Number', maxLength: 40 }),
      text('u_short_description', { label: 'Short description', maxLength: 160 }),
      text('u_priority', { label: 'Priority', maxLength: 40 }),
      ...importRowFields,
    ],
  },
];

export const isStagingTable = (table: string): boolean => stagingTables.some((t) => t.name === table);
