import { alertOf, el } from './dom';
import { insertRecord, readRecord, type DisplayRow } from './tableApi';
import { fieldLabel, recordHref, REFERENCE_TABLES } from './tables';

const CASE = 'sn_customerservice_case';
const CUSTOMER_FIELDS = ['consumer', 'contact', 'account'] as const;
const CHANNELS: [string, string][] = [['', '-- None --'], ['phone', 'Phone'], ['email', 'Email'], ['web', 'Web'], ['chat', 'Chat'], ['social', 'Social']];

/** The customer fields a new case takes from a consumer, a contact (and their account) or an account. */
export function customerQuery(table: string, record: DisplayRow): string | null {
  const id = record.sys_id.value;
  if (table === 'csm_consumer') return `consumer=${id}`;
  if (table === 'customer_contact') return [`contact=${id}`, record.account?.value ? `account=${record.account.value}` : ''].filter(Boolean).join('^');
  if (table === 'customer_account') return `account=${id}`;
  return null;
}

/** *New case* on a customer's page: the platform's new-record address (sys_id -1) with the customer as its query. */
export function newCaseButton(table: string, record: DisplayRow, offered: boolean): HTMLElement | null {
  const query = customerQuery(table, record);
  if (!query) return null;
  const button = el('a', { class: `action-button${offered ? ' is-offered' : ''}`, href: recordHref(CASE, '-1', { query }), text: 'New case' });
  if (offered) button.setAttribute('aria-describedby', 'new-case-offer');
  return el('span', { class: 'actions' }, button, offered ? el('span', { id: 'new-case-offer', class: 'offer-note', text: 'No open case: create one for this call.' }) : null);
}

/** `consumer=...^account=...` as field -> value, keeping only the customer fields and the channel. */
function prefill(query: string | null): Record<string, string> {
  const values: Record<string, string> = {};
  for (const term of (query ?? '').split('^')) {
    const [field, ...rest] = term.split('=');
    if ((CUSTOMER_FIELDS as readonly string[]).includes(field) || field === 'contact_type') values[field] = rest.join('=');
  }
  return values;
}

async function customerRow(field: string, id: string): Promise<HTMLElement> {
  const shown = await readRecord(REFERENCE_TABLES[field], id).then((r) => r.name?.display_value || id, () => id);
  const input = el('input', { id: `new-${field}`, readonly: '', 'data-value': id });
  input.value = shown;
  return el('div', { class: 'form-field reference', 'data-field': field }, el('label', { for: `new-${field}`, text: fieldLabel(field) }), input);
}

/**
 * The new case form: the customer pre-filled from the page it was opened on, a short description
 * the data policy requires, the channel. Saving creates it through the Table API and opens it; a
 * refused save shows the instance's message and keeps what the agent typed.
 */
export async function renderNewCase(host: HTMLElement, table: string, query: string | null): Promise<void> {
  const heading = el('h1', { class: 'record-title', text: 'New case' });
  if (table !== CASE) return void host.replaceChildren(heading, alertOf('Only cases are created here.'));
  const values = prefill(query);
  const customer = await Promise.all(CUSTOMER_FIELDS.filter((f) => values[f]).map((f) => customerRow(f, values[f])));
  const short = el('input', { id: 'new-short_description', name: 'short_description', required: '', 'aria-required': 'true' });
  const description = el('textarea', { id: 'new-description', name: 'description', rows: '3' });
  const channel = el('select', { id: 'new-contact_type', name: 'contact_type' }, ...CHANNELS.map(([value, label]) => el('option', { value, text: label })));
  channel.value = values.contact_type ?? '';
  const status = el('div', { class: 'form-status', 'aria-live': 'polite' });
  const row = (field: string, control: HTMLElement) => el('div', { class: 'form-field', 'data-field': field }, el('label', { for: control.id, text: fieldLabel(field) }), control);
  const form = el('form', { class: 'record-form new-record', 'aria-label': 'New case', novalidate: '' },
    row('short_description', short), row('contact_type', channel), ...customer, row('description', description),
    el('div', { class: 'form-actions' }, el('button', { type: 'submit', class: 'action-button', text: 'Save' })), status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.replaceChildren();
    try {
      const body = { ...Object.fromEntries(CUSTOMER_FIELDS.filter((f) => values[f]).map((f) => [f, values[f]])), short_description: short.value, description: description.value, contact_type: channel.value };
      const created = await insertRecord(CASE, body);
      window.location.assign(recordHref(CASE, created.sys_id));
    } catch (error) {
      status.replaceChildren(alertOf(error));
    }
  });
  host.replaceChildren(heading, el('div', { id: 'record-form' }, form));
}
