import type { CrmRecord } from '../../vocabulary/crmRecord';
import type { SnRow } from './table';

/** Person-level tables searched by phone and email (§5.1, §7.1), with their phone fields. */
export const PERSON_TABLES: { table: string; phoneFields: string[]; emailField?: string }[] = [
  { table: 'csm_consumer', phoneFields: ['phone', 'mobile_phone', 'business_phone'], emailField: 'email' },
  { table: 'customer_contact', phoneFields: ['phone', 'mobile_phone'], emailField: 'email' },
  { table: 'customer_account', phoneFields: ['phone'] },
];

/** Reference fields an interaction record (interaction or case) relates records through (§3.2), with the table each points at. */
export const RELATION_TABLES: Record<string, string> = {
  consumer: 'csm_consumer',
  contact: 'customer_contact',
  account: 'customer_account',
};

/** Tables with journal fields (`work_notes`), where a write-back also leaves a note. */
export const JOURNAL_TABLES = new Set(['sn_customerservice_case', 'incident', 'interaction']);

/** The field a table shows as the record's name. */
export function displayFieldOf(table: string): string {
  return table === 'sn_customerservice_case' || table === 'interaction' || table === 'incident' ? 'number' : 'name';
}

export function serviceNowRecordOf(table: string, row: SnRow): CrmRecord {
  const name = row[displayFieldOf(table)];
  return { crm: 'servicenow', object: table, id: row.sys_id, name: typeof name === 'string' ? name : '', fields: row };
}
