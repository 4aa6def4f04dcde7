import { alertOf, el } from './dom';
import { recordTable } from './recordTable';
import { listRows } from './tableApi';
import { workspaceTable } from './tables';

/** A table's list, newest first, as the workspace's list module shows it. */
export async function renderListView(host: HTMLElement, table: string): Promise<void> {
  const meta = workspaceTable(table);
  if (!meta) return void host.replaceChildren(el('h1', { class: 'record-title', text: 'List' }), alertOf(`No list for ${table}.`));
  const heading = el('h1', { class: 'record-title', text: meta.plural });
  try {
    const rows = await listRows(table, 'ORDERBYDESCsys_created_on', meta.columns);
    host.replaceChildren(heading, recordTable(table, rows, meta.columns, meta.plural));
  } catch (error) {
    host.replaceChildren(heading, alertOf(error));
  }
}
