import { alertOf, el } from './dom';
import { recordTable } from './recordTable';
import { listRows } from './tableApi';
import { workspaceTable } from './tables';

/** A related list: rows of `table` chosen by a reference qualifier on the parent record. */
interface RelatedList {
  title: string;
  table: string;
  /** Columns when the table has no list of its own. */
  columns?: string[];
  /** The encoded query that selects the rows for the parent, or the rows' sys_ids found another way. */
  qualifier(sysId: string): Promise<string> | string;
}

/** The interactions listed with a record through `interaction_related_record` (the case an interaction was about). */
async function interactionsAbout(sysId: string): Promise<string> {
  const rows = await listRows('interaction_related_record', `document_id=${sysId}`, ['interaction']);
  const ids = rows.map((row) => row.interaction?.value).filter(Boolean);
  return ids.length ? `sys_idIN${ids.join(',')}^ORDERBYDESCopened_at` : 'sys_idISEMPTY';
}

const newestFirst = (field: string) => (sysId: string) => `${field}=${sysId}^ORDERBYDESCsys_created_on`;

/** The related lists each record page shows, as the CSM forms define them. */
const RELATED: Record<string, RelatedList[]> = {
  csm_consumer: [
    { title: 'Cases', table: 'sn_customerservice_case', qualifier: newestFirst('consumer') },
    { title: 'Interactions', table: 'interaction', qualifier: newestFirst('consumer') },
  ],
  customer_contact: [
    { title: 'Cases', table: 'sn_customerservice_case', qualifier: newestFirst('contact') },
    { title: 'Interactions', table: 'interaction', qualifier: newestFirst('contact') },
  ],
  customer_account: [
    { title: 'Contacts', table: 'customer_contact', qualifier: newestFirst('account') },
    { title: 'Cases', table: 'sn_customerservice_case', qualifier: newestFirst('account') },
  ],
  sn_customerservice_case: [{ title: 'Interactions', table: 'interaction', qualifier: interactionsAbout }],
  interaction: [{ title: 'Related records', table: 'interaction_related_record', columns: ['document_id', 'document_table', 'type'], qualifier: newestFirst('interaction') }],
};

/** The related lists of a record, each a list of the related table. */
export async function renderRelatedLists(host: HTMLElement, table: string, sysId: string): Promise<void> {
  const lists = RELATED[table] ?? [];
  const sections = await Promise.all(
    lists.map(async (list, index) => {
      const id = `related-${index}`;
      const columns = list.columns ?? workspaceTable(list.table)?.columns ?? ['number'];
      try {
        const rows = await listRows(list.table, await list.qualifier(sysId), columns);
        return el('section', { class: 'related-list', 'aria-labelledby': id, 'data-table': list.table },
          el('h3', { id, text: `${list.title} (${rows.length})` }), recordTable(list.table, rows, columns, list.title));
      } catch (error) {
        return el('section', { class: 'related-list', 'aria-labelledby': id }, el('h3', { id, text: list.title }), alertOf(error));
      }
    }),
  );
  host.replaceChildren(...(sections.length ? [el('h2', { text: 'Related lists' }), ...sections] : []));
}
