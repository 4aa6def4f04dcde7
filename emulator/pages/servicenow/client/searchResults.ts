import { alertOf, el } from './dom';
import { recordTable } from './recordTable';
import { listRows, queryValue } from './tableApi';
import { WORKSPACE_TABLES } from './tables';

/**
 * Global search: each searched table asked through the Table API's keyword query
 * (`123TEXTQUERY321`), which matches names, numbers, emails and phones in any format.
 */
export async function renderSearchResults(host: HTMLElement, term: string): Promise<void> {
  const heading = el('h1', { class: 'record-title', text: term ? `Search results for "${term}"` : 'Search' });
  if (!term) return void host.replaceChildren(heading, el('p', { text: 'Type a name, number, phone or email in the search box.' }));
  const sections = await Promise.all(
    WORKSPACE_TABLES.filter((t) => t.searched).map(async (meta) => {
      const id = `results-${meta.table}`;
      try {
        const rows = await listRows(meta.table, `123TEXTQUERY321=${queryValue(term)}`, meta.columns, 20);
        return el('section', { class: 'search-group', 'aria-labelledby': id, 'data-table': meta.table },
          el('h2', { id, text: `${meta.plural} (${rows.length})` }), recordTable(meta.table, rows, meta.columns, meta.plural));
      } catch (error) {
        return el('section', { class: 'search-group', 'aria-labelledby': id }, el('h2', { id, text: meta.plural }), alertOf(error));
      }
    }),
  );
  host.replaceChildren(heading, ...sections);
}
