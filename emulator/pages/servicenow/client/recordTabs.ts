import { el } from './dom';
import { recordHref, workspaceHref } from './tables';

/** A record opened during the session: the workspace keeps a tab for it until the agent closes it. */
export interface RecordTab {
  table: string;
  sysId: string;
  title: string;
}

const KEY = 'cc-workspace-tabs';
const MAX_TABS = 12;

function readTabs(): RecordTab[] {
  try {
    const tabs = JSON.parse(sessionStorage.getItem(KEY) ?? '[]');
    return Array.isArray(tabs) ? tabs.filter((t) => t && typeof t.table === 'string' && typeof t.sysId === 'string') : [];
  } catch {
    return [];
  }
}

const writeTabs = (tabs: RecordTab[]) => sessionStorage.setItem(KEY, JSON.stringify(tabs.slice(-MAX_TABS)));
const same = (a: RecordTab, b: { table: string; sysId: string }) => a.table === b.table && a.sysId === b.sysId;

/** Adds (or renames) the tab of the record on screen. */
export function openTab(tab: RecordTab): void {
  const tabs = readTabs();
  const existing = tabs.find((t) => same(t, tab));
  if (existing) existing.title = tab.title;
  else tabs.push(tab);
  writeTabs(tabs);
}

/** The tab bar: Home, then a tab per opened record; closing the current one goes home. */
export function renderTabs(host: HTMLElement, current: { table: string; sysId: string } | null): void {
  const tabs = readTabs();
  const home = el('a', { class: 'record-tab home-tab', href: workspaceHref('home'), text: 'Home' });
  if (!current) home.setAttribute('aria-current', 'page');
  const items = tabs.map((tab) => {
    const link = el('a', { class: 'record-tab', href: recordHref(tab.table, tab.sysId), text: tab.title || tab.sysId });
    const isCurrent = current !== null && same(tab, current);
    if (isCurrent) link.setAttribute('aria-current', 'page');
    const close = el('button', { type: 'button', class: 'tab-close', 'aria-label': `Close tab ${tab.title}`, text: '×' });
    close.addEventListener('click', () => {
      writeTabs(readTabs().filter((t) => !same(t, tab)));
      if (isCurrent) window.location.assign(workspaceHref('home'));
      else renderTabs(host, current);
    });
    return el('span', { class: `tab${isCurrent ? ' is-current' : ''}` }, link, close);
  });
  host.replaceChildren(el('span', { class: `tab${current ? '' : ' is-current'}` }, home), ...items);
}
