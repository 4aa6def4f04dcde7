import { errorText, rest } from 'app/sfRest';
import { SEARCH_OBJECTS, formatPlain, globalSearchSosl, pathValue, recordUrl } from 'app/fieldValue';
import { page } from './shell';
import { note, recordTable } from './recordTable';

/** Search results: one SOSL statement through the emulator, grouped by object, names opening the records. */
const host = document.getElementById('search-results');

function section(object, rows) {
  const wrap = document.createElement('section');
  wrap.className = 'slds-card slds-p-around_small slds-m-bottom_small lp-search-group';
  wrap.dataset.object = object.apiName;
  const heading = document.createElement('h2');
  heading.className = 'slds-text-heading_small slds-m-bottom_x-small';
  heading.textContent = `${object.label} (${rows.length})`;
  const table = recordTable({
    label: object.label,
    columns: object.columns.map(([, label]) => label),
    rows: rows.map((row) => ({
      key: row.Id,
      cells: object.columns.map(([path], i) => ({ text: formatPlain(pathValue(row, path)) || (i === 0 ? row.Id : ''), url: i === 0 ? recordUrl(object.apiName, row.Id) : null })),
    })),
  });
  wrap.append(heading, table);
  return wrap;
}

async function show() {
  const term = (page.term || '').trim();
  if (term.length < 2) return host.replaceChildren(note('Type at least two characters to search.'));
  host.replaceChildren(note('Searching…'));
  try {
    const { searchRecords } = await rest(`/search?q=${encodeURIComponent(globalSearchSosl(term))}`);
    const groups = SEARCH_OBJECTS.map((object) => ({ object, rows: searchRecords.filter((r) => r.attributes.type === object.apiName) })).filter((g) => g.rows.length);
    const status = note(groups.length ? `${searchRecords.length} result${searchRecords.length === 1 ? '' : 's'}` : `No results for “${term}”.`);
    status.setAttribute('role', 'status');
    host.replaceChildren(status, ...groups.map((g) => section(g.object, g.rows)));
  } catch (error) {
    host.replaceChildren(note(errorText(error), { error: true }));
  }
}

show();
