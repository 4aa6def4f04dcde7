import { renderActivityStream } from './activityStream';
import { el } from './dom';
import { newCaseButton } from './newCase';
import { recordTitle, renderRecordForm } from './recordForm';
import { openTab, renderTabs } from './recordTabs';
import { renderRelatedLists } from './relatedLists';
import { workspaceTable } from './tables';

export interface RecordView {
  table: string;
  sysId: string;
  offer: string | null;
}

/** The parts of a record page the workspace refreshes when the card changes the record. */
export interface RecordPage {
  refresh(): Promise<void>;
}

/** A record page: the form, its *New case* action on a customer, the activity stream and the related lists. */
export function renderRecordPage(host: HTMLElement, tabs: HTMLElement, view: RecordView): RecordPage {
  const { table, sysId } = view;
  const heading = el('h1', { class: 'record-title', text: workspaceTable(table)?.label ?? table });
  const header = el('div', { class: 'record-header' }, heading);
  const form = el('div', { id: 'record-form', text: 'Loading…' });
  const activity = el('section', { class: 'activity-panel', 'aria-label': 'Activity stream' });
  const related = el('section', { class: 'related-panel', 'aria-label': 'Related lists' });
  host.replaceChildren(header, form, el('div', { class: 'record-columns' }, activity, related));

  const refresh = async () => {
    const [record] = await Promise.all([renderRecordForm(form, table, sysId), renderActivityStream(activity, table, sysId), renderRelatedLists(related, table, sysId)]);
    if (!record) return;
    const title = recordTitle(table, record, sysId);
    heading.textContent = `${workspaceTable(table)?.label ?? table} ${title}`;
    header.querySelector('.actions')?.remove();
    const action = newCaseButton(table, record, view.offer === 'new-case');
    if (action) header.append(action);
    openTab({ table, sysId, title });
    renderTabs(tabs, { table, sysId });
  };
  void refresh();
  return { refresh };
}
