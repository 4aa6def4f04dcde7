/**
 * An SLDS data table built from text (never from markup), for list views and search results:
 * `{ label, columns: [label], rows: [{ key, cells: [{ text, url }] }] }`.
 */
export function recordTable({ label, columns, rows }) {
  const wrap = document.createElement('div');
  wrap.className = 'lp-table-scroll';
  const table = document.createElement('table');
  table.className = 'slds-table slds-table_cell-buffer slds-table_bordered';
  table.setAttribute('aria-label', label);
  const head = table.createTHead().insertRow();
  head.className = 'slds-line-height_reset';
  for (const column of columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = column;
    head.append(th);
  }
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    tr.dataset.id = row.key;
    for (const cell of row.cells) {
      const td = tr.insertCell();
      if (cell.url) {
        const a = document.createElement('a');
        a.href = cell.url;
        a.textContent = cell.text;
        td.append(a);
      } else td.textContent = cell.text;
    }
  }
  wrap.append(table);
  return wrap;
}

/** A message in place of a table (loading, nothing found, an error). */
export function note(text, { error = false } = {}) {
  const p = document.createElement('p');
  p.className = `slds-p-around_small${error ? ' slds-text-color_error' : ''}`;
  if (error) p.setAttribute('role', 'alert');
  p.textContent = text;
  return p;
}
