import { alertOf, el } from './dom';
import { readRecord, type DisplayField, type DisplayRow } from './tableApi';
import { fieldLabel, recordHref, REFERENCE_TABLES, workspaceTable } from './tables';

/** The fields Agent Workspace's forms show first; other tables show what they have. */
const FORM_FIELDS: Record<string, string[]> = {
  sn_customerservice_case: ['number', 'short_description', 'state', 'priority', 'contact_type', 'consumer', 'contact', 'account', 'assigned_to', 'opened_at', 'description'],
  interaction: ['number', 'type', 'state', 'short_description', 'opened_for', 'consumer', 'contact', 'account', 'assigned_to', 'opened_at', 'closed_at'],
  csm_consumer: ['name', 'email', 'phone', 'mobile_phone', 'street', 'city', 'zip', 'country', 'household', 'preferred_language', 'u_subscription_level'],
  customer_contact: ['name', 'email', 'phone', 'mobile_phone', 'title', 'account'],
  customer_account: ['number', 'name', 'account_code', 'phone', 'city', 'website', 'u_subscription_level', 'u_priority_account'],
};

function fieldRow(field: string, shown: DisplayField): HTMLElement {
  const target = REFERENCE_TABLES[field];
  const id = `field-${field}`;
  const input = el('input', { id, readonly: '', 'data-value': shown.value ?? '' });
  input.value = shown.display_value ?? '';
  // The reference arrow opens the referenced record in the workspace, during the same interaction.
  const open = target && shown.value
    ? el('a', { class: 'reference-icon', href: recordHref(target, shown.value), 'aria-label': `Open ${fieldLabel(field)} record: ${shown.display_value || shown.value}`, text: '→' })
    : null;
  return el('div', { class: `form-field${target ? ' reference' : ''}`, 'data-field': field }, el('label', { for: id, text: fieldLabel(field) }), input, open);
}

/** The record's name as its tab and heading show it. */
export function recordTitle(table: string, record: DisplayRow, sysId: string): string {
  const field = workspaceTable(table)?.displayField;
  return (field && record[field]?.display_value) || record.number?.display_value || record.name?.display_value || sysId;
}

/** The record form, read through the Table API as Agent Workspace reads it (display values with values). */
export async function renderRecordForm(host: HTMLElement, table: string, sysId: string): Promise<DisplayRow | null> {
  try {
    const record = await readRecord(table, sysId);
    const fields = FORM_FIELDS[table] ?? Object.keys(record).filter((f) => !f.startsWith('sys_')).slice(0, 14);
    const form = el('form', { class: 'record-form', 'aria-label': `${table} record` }, ...fields.filter((f) => record[f]).map((f) => fieldRow(f, record[f])));
    host.replaceChildren(form);
    return record;
  } catch (error) {
    host.replaceChildren(alertOf(error));
    return null;
  }
}
