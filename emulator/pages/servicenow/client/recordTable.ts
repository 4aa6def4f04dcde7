import { el } from './dom';
import type { DisplayRow } from './tableApi';
import { fieldLabel, recordHref, REFERENCE_TABLES } from './tables';

/**
 * Rows of one table as a list: the first column opens the record, a reference cell opens the
 * referenced record. Used by the list views, search results and related lists.
 */
export function recordTable(table: string, rows: DisplayRow[], columns: string[], caption: string): HTMLElement {
  if (rows.length === 0) return el('p', { class: 'empty', text: `No records in ${caption}.` });
  const head = el('tr', {}, ...columns.map((c) => el('th', { scope: 'col', text: fieldLabel(c) })));
  const body = rows.map((row) => el('tr', { 'data-sys-id': row.sys_id?.value ?? '' }, ...columns.map((column, i) => cell(table, row, column, i === 0))));
  return el('div', { class: 'table-scroll' }, el('table', { class: 'record-list' }, el('caption', { class: 'visually-hidden', text: caption }), el('thead', {}, head), el('tbody', {}, ...body)));
}

function cell(table: string, row: DisplayRow, column: string, opensRecord: boolean): HTMLElement {
  const field = row[column];
  const shown = field?.display_value || field?.value || '';
  if (opensRecord && column !== 'document_id') return el('th', { scope: 'row' }, el('a', { href: recordHref(table, row.sys_id.value), text: shown || '(empty)' }));
  // A document ID names a record of the table its row's document_table holds.
  const target = column === 'document_id' ? row.document_table?.value : REFERENCE_TABLES[column];
  if (target && field?.value) return el(opensRecord ? 'th' : 'td', opensRecord ? { scope: 'row' } : {}, el('a', { href: recordHref(target, field.value), text: shown || field.value }));
  return el('td', { text: shown });
}
