import { errorText, rest } from 'app/sfRest';
import { formatPlain, recordUrl } from 'app/fieldValue';
import { page } from './shell';
import { note, recordTable } from './recordTable';

/**
 * A list view: the object's views from `/listviews`, the chosen one's rows from
 * `/listviews/{id}/results` (the emulator runs the view's SOQL), names linking to records.
 */
const ROWS = 50;
const host = document.getElementById('list-view');
const object = encodeURIComponent(page.objectApiName);

function picker(views, current) {
  const form = document.createElement('form');
  form.method = 'get';
  form.className = 'slds-form-element slds-m-bottom_small lp-view-picker';
  const label = document.createElement('label');
  label.className = 'slds-form-element__label';
  label.htmlFor = 'lp-view-select';
  label.textContent = 'List view';
  const select = document.createElement('select');
  select.id = 'lp-view-select';
  select.name = 'filterName';
  select.className = 'slds-select';
  for (const view of views) select.append(new Option(view.label, view.developerName, false, view.developerName === current.developerName));
  select.addEventListener('change', () => form.submit());
  form.append(label, select);
  return form;
}

async function show() {
  host.replaceChildren(note('Loading…'));
  try {
    const { listviews } = await rest(`/sobjects/${object}/listviews`);
    if (listviews.length === 0) return host.replaceChildren(note('This object has no list views.'));
    const current = listviews.find((v) => v.developerName === page.filterName) || listviews[0];
    const results = await rest(`/sobjects/${object}/listviews/${current.id}/results?limit=${ROWS}`);
    const visible = results.columns.map((c, i) => ({ ...c, index: i })).filter((c) => !c.hidden);
    const idIndex = results.columns.findIndex((c) => c.fieldNameOrPath === 'Id');
    const rows = results.records.map((record) => {
      const id = record.columns[idIndex].value;
      return {
        key: id,
        cells: visible.map((column, i) => ({ text: formatPlain(record.columns[column.index].value, column.type), url: i === 0 ? recordUrl(page.objectApiName, id) : null })),
      };
    });
    const count = document.createElement('p');
    count.className = 'slds-text-body_small slds-m-bottom_x-small';
    count.setAttribute('role', 'status');
    count.textContent = `${results.size} item${results.size === 1 ? '' : 's'}${results.size > rows.length ? `, showing ${rows.length}` : ''}`;
    host.replaceChildren(picker(listviews, current), count, rows.length ? recordTable({ label: current.label, columns: visible.map((c) => c.label), rows }) : note('No items to display.'));
  } catch (error) {
    host.replaceChildren(note(errorText(error), { error: true }));
  }
}

show();
