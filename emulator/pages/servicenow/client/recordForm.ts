/** One field as the Table API answers with `sysparm_display_value=all`. */
type DisplayField = { value: string; display_value: string };

/** The fields Agent Workspace's case form shows first; other tables show what they have. */
const FORM_FIELDS: Record<string, string[]> = {
  sn_customerservice_case: ['number', 'short_description', 'state', 'priority', 'contact_type', 'consumer', 'contact', 'account', 'description'],
  interaction: ['number', 'type', 'state', 'short_description', 'consumer', 'contact', 'account', 'assigned_to', 'opened_at', 'closed_at'],
};
/** Reference fields and the table each points at: the arrow beside one opens the referenced record. */
const REFERENCE_TABLES: Record<string, string> = {
  consumer: 'csm_consumer',
  contact: 'customer_contact',
  account: 'customer_account',
  household: 'csm_household',
  assigned_to: 'sys_user',
  opened_for: 'sys_user',
  interaction: 'interaction',
};
const REFERENCE_FIELDS = new Set(Object.keys(REFERENCE_TABLES));
const LABELS: Record<string, string> = { short_description: 'Short description', contact_type: 'Channel', sys_id: 'Sys ID' };
const label = (field: string) => LABELS[field] ?? field.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

async function readRecord(table: string, sysId: string): Promise<Record<string, DisplayField>> {
  const params = new URLSearchParams({ sysparm_display_value: 'all', sysparm_exclude_reference_link: 'true' });
  const response = await fetch(`/api/now/table/${encodeURIComponent(table)}/${encodeURIComponent(sysId)}?${params}`, { headers: { Accept: 'application/json' } });
  const json = await response.json();
  if (!response.ok) throw new Error(json?.error?.message ?? `HTTP ${response.status}`);
  return json.result;
}

function fieldRow(field: string, shown: DisplayField): HTMLElement {
  const row = document.createElement('div');
  row.className = `form-field${REFERENCE_FIELDS.has(field) ? ' reference' : ''}`;
  row.dataset.field = field;
  const id = `field-${field}`;
  const name = document.createElement('label');
  name.htmlFor = id;
  name.textContent = label(field);
  const input = document.createElement('input');
  input.id = id;
  input.readOnly = true;
  input.value = shown.display_value ?? '';
  input.dataset.value = shown.value ?? '';
  row.append(name, input);
  if (REFERENCE_FIELDS.has(field) && shown.value) {
    // The reference arrow opens the referenced record in the workspace, during the same interaction.
    const open = document.createElement('a');
    open.className = 'reference-icon';
    const interaction = new URLSearchParams(window.location.search).get('interaction');
    open.href = `/now/cwf/agent/record/${REFERENCE_TABLES[field]}/${encodeURIComponent(shown.value)}${interaction ? `?interaction=${encodeURIComponent(interaction)}` : ''}`;
    open.setAttribute('aria-label', `Open ${label(field)} record: ${shown.display_value || shown.value}`);
    open.textContent = '→';
    row.append(open);
  }
  return row;
}

/** The record form, read through the Table API as Agent Workspace reads it (display values with values). */
export async function renderRecordForm(host: HTMLElement, table: string, sysId: string): Promise<void> {
  try {
    const record = await readRecord(table, sysId);
    const fields = FORM_FIELDS[table] ?? Object.keys(record).filter((f) => !f.startsWith('sys_')).slice(0, 14);
    const heading = document.createElement('h1');
    heading.className = 'record-title';
    heading.textContent = record.number?.display_value || record.name?.display_value || sysId;
    const form = document.createElement('form');
    form.className = 'record-form';
    form.setAttribute('aria-label', `${table} record`);
    form.append(...fields.filter((f) => record[f]).map((f) => fieldRow(f, record[f])));
    host.replaceChildren(heading, form);
  } catch (error) {
    const alert = document.createElement('p');
    alert.className = 'form-error';
    alert.setAttribute('role', 'alert');
    alert.textContent = error instanceof Error ? error.message : String(error);
    host.replaceChildren(alert);
  }
}
