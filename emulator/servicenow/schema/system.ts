import { boolean, choice, integer, reference, tableName, text, type TableDef } from './field';

/**
 * Platform tables behind roles, system properties, attachments and import sets.
 * https://www.servicenow.com/docs/r/platform-security/access-control/reference/r_BaseSystemRoles.html
 * https://www.servicenow.com/docs/r/api-reference/rest-apis/c_AttachmentAPI.html
 * https://www.servicenow.com/docs/r/integrate-applications/system-import-sets/c_ImportSetsKeyConcepts.html
 */
export const systemTables: TableDef[] = [
  { name: 'sys_user_role', label: 'Role', displayField: 'name', fields: [text('name', { mandatory: true, maxLength: 100 }), text('description', { maxLength: 1000 })] },
  {
    name: 'sys_user_has_role',
    label: 'User Role',
    displayField: 'role',
    fields: [reference('user', 'sys_user', { mandatory: true }), reference('role', 'sys_user_role', { mandatory: true }), text('state', { maxLength: 40 })],
  },
  {
    name: 'sys_properties',
    label: 'System Property',
    displayField: 'name',
    fields: [text('name', { mandatory: true, maxLength: 100 }), text('value', { maxLength: 4000 }), text('type', { maxLength: 40 }), text('description', { maxLength: 512 })],
  },
  {
    name: 'sys_attachment',
    label: 'Attachment',
    displayField: 'file_name',
    fields: [
      text('file_name', { maxLength: 100 }),
      text('content_type', { maxLength: 100 }),
      integer('size_bytes'),
      integer('size_compressed'),
      boolean('compressed', { defaultValue: () => 'false' }),
      tableName('table_name', { label: 'Table name' }),
      text('table_sys_id', { label: 'Table sys ID', maxLength: 32 }),
      text('average_image_color', { maxLength: 40 }),
      integer('image_width'),
      integer('image_height'),
      text('hash', { maxLength: 64 }),
      text('sys_tags', { label: 'Tags' }),
    ],
  },
  {
    name: 'sys_import_set',
    label: 'Import Set',
    displayField: 'number',
    numbering: { prefix: 'ISET', start: 10001 },
    fields: [
      text('number', { maxLength: 40 }),
      tableName('table_name', { label: 'Import set table' }),
      choice('state', [['loading', 'Loading'], ['loaded', 'Loaded'], ['processed', 'Processed']], { defaultValue: () => 'loading' }),
      choice('mode', [['synchronous', 'Synchronous'], ['asynchronous', 'Asynchronous']], { defaultValue: () => 'synchronous' }),
      reference('multi_import_set_id', 'sys_multi_import_set', { label: 'Multi import set' }),
    ],
  },
  { name: 'sys_multi_import_set', label: 'Multi Import Set', displayField: 'sys_id', fields: [text('source_table', { maxLength: 80 })] },
];
