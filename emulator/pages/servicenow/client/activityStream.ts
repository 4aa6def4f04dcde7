import { alertOf, el } from './dom';
import { listRows, type DisplayRow } from './tableApi';
import { fieldLabel, recordHref } from './tables';

/** One entry of the stream: when it happened (UTC "YYYY-MM-DD HH:mm:ss", for sorting) and how it shows. */
interface Entry {
  at: string;
  node: HTMLElement;
}

const JOURNAL_FIELDS = ['element', 'value', 'sys_created_on', 'sys_created_by'];
const INTERACTION_FIELDS = ['number', 'type', 'state', 'short_description', 'assigned_to', 'opened_at', 'closed_at', 'work_notes'];

/** Which interactions belong in a record's stream: those listed with it, or those about the customer. */
async function interactionQuery(table: string, sysId: string): Promise<string | null> {
  if (table === 'csm_consumer') return `consumer=${sysId}`;
  if (table === 'customer_contact') return `contact=${sysId}`;
  if (table === 'customer_account') return `account=${sysId}`;
  if (table !== 'sn_customerservice_case') return null;
  const related = await listRows('interaction_related_record', `document_id=${sysId}`, ['interaction']);
  const ids = related.map((row) => row.interaction?.value).filter(Boolean);
  return ids.length ? `sys_idIN${ids.join(',')}` : null;
}

function journalEntry(row: DisplayRow): Entry {
  const kind = row.element.value === 'work_notes' ? 'Work notes' : row.element.value === 'comments' ? 'Additional comments' : fieldLabel(row.element.value);
  return {
    at: row.sys_created_on.value,
    node: el('li', { class: `activity journal ${row.element.value}` },
      el('p', { class: 'activity-meta', text: `${kind} · ${row.sys_created_by.display_value} · ${row.sys_created_on.display_value}` }),
      el('p', { class: 'activity-text', text: row.value.value })),
  };
}

function interactionEntry(row: DisplayRow): Entry {
  const closed = row.closed_at?.value;
  const meta = [row.type.display_value, row.state.display_value, row.assigned_to?.display_value, closed ? `closed ${row.closed_at.display_value}` : `opened ${row.opened_at.display_value}`];
  return {
    at: closed || row.opened_at.value,
    node: el('li', { class: 'activity interaction', 'data-state': row.state.value },
      el('p', { class: 'activity-meta' }, el('a', { href: recordHref('interaction', row.sys_id.value), text: `Interaction ${row.number.display_value}` }), ` · ${meta.filter(Boolean).join(' · ')}`),
      el('p', { class: 'activity-text', text: row.short_description?.display_value ?? '' })),
  };
}

/**
 * The activity stream: the record's journal entries (comments and work notes, each a
 * sys_journal_field row) and the interactions with the customer, newest first.
 */
export async function renderActivityStream(host: HTMLElement, table: string, sysId: string): Promise<void> {
  const heading = el('h2', { text: 'Activity' });
  try {
    const [journal, interactions] = await Promise.all([
      listRows('sys_journal_field', `element_id=${sysId}^name=${table}^ORDERBYDESCsys_created_on`, JOURNAL_FIELDS),
      interactionQuery(table, sysId).then((query) => (query ? listRows('interaction', `${query}^ORDERBYDESCopened_at`, INTERACTION_FIELDS, 20) : [])),
    ]);
    const entries = [...journal.map(journalEntry), ...interactions.map(interactionEntry)].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
    host.replaceChildren(heading, entries.length ? el('ol', { class: 'activity-stream' }, ...entries.map((e) => e.node)) : el('p', { class: 'empty', text: 'No activity yet.' }));
  } catch (error) {
    host.replaceChildren(heading, alertOf(error));
  }
}
