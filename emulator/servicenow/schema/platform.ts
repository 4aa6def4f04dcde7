import { glideDateTime } from '../data/glide';
import { boolean, choice, dateTime, documentId, email, journal, password, reference, tableName, text, type SnRecord, type TableDef } from './field';

/**
 * Platform tables: users, journal entries and Interaction Management.
 * Interaction states and fields:
 * https://www.servicenow.com/docs/r/servicenow-platform/interaction-management/interaction-states.html
 * https://www.servicenow.com/docs/r/servicenow-platform/interaction-management/interaction-form.html
 */
export const platformTables: TableDef[] = [
  {
    name: 'sys_user',
    label: 'User',
    displayField: 'name',
    derive: (record: SnRecord) => ({ name: [record.first_name, record.last_name].filter(Boolean).join(' ') }),
    fields: [
      text('user_name', { label: 'User ID', mandatory: true, maxLength: 40 }),
      text('first_name', { maxLength: 50 }),
      text('last_name', { maxLength: 50 }),
      text('name', { maxLength: 151 }),
      email('email', { maxLength: 100 }),
      boolean('active', { defaultValue: () => 'true' }),
      // An IANA zone; display values of date-times are shown in it (empty: the system zone).
      text('time_zone', { maxLength: 40 }),
      password('user_password', { label: 'Password' }),
    ],
  },
  {
    name: 'sys_journal_field',
    label: 'Journal Entry',
    displayField: 'value',
    fields: [text('element', { maxLength: 40 }), text('element_id', { maxLength: 32 }), tableName('name', { label: 'Table' }), text('value')],
  },
  {
    name: 'interaction',
    label: 'Interaction',
    displayField: 'number',
    numbering: { prefix: 'IMS', start: 1 },
    views: { desktop: ['number', 'type', 'state', 'consumer', 'contact', 'assigned_to', 'opened_at'], mobile: ['number', 'state', 'short_description'] },
    fields: [
      text('number', { maxLength: 40 }),
      choice('type', [['phone', 'Phone'], ['chat', 'Chat'], ['email', 'Email'], ['walk-up', 'Walk-up'], ['sms', 'SMS']], { defaultValue: () => 'phone' }),
      text('channel', { maxLength: 32 }),
      choice('direction', [['inbound', 'Inbound'], ['outbound', 'Outbound']], { defaultValue: () => 'inbound' }),
      choice(
        'state',
        [['new', 'New'], ['queued', 'Queued'], ['on_hold', 'On Hold'], ['work_in_progress', 'Work in Progress'], ['wrap_up', 'Wrap Up'], ['closed_complete', 'Closed Complete'], ['closed_abandoned', 'Closed Abandoned']],
        { defaultValue: () => 'new' },
      ),
      reference('opened_for', 'sys_user'),
      reference('contact', 'customer_contact'),
      reference('account', 'customer_account'),
      reference('consumer', 'csm_consumer'),
      reference('assigned_to', 'sys_user'),
      text('short_description', { maxLength: 160 }),
      dateTime('opened_at', { label: 'Opened', defaultValue: () => glideDateTime() }),
      dateTime('closed_at', { label: 'Closed' }),
      journal('work_notes'),
    ],
  },
  {
    name: 'interaction_related_record',
    label: 'Interaction Related Record',
    displayField: 'document_id',
    fields: [
      reference('interaction', 'interaction', { mandatory: true }),
      tableName('document_table', { mandatory: true }),
      documentId('document_id', { mandatory: true, label: 'Document' }),
      text('type', { maxLength: 40 }),
    ],
  },
];
