/**
 * The console's workspace tabs: every record opened in this browser tab's session stays one
 * click away (sessionStorage, like the console's own tab set), the current one marked.
 */
import { iconHref } from '../../common/client/iconHref';
import { iconOf } from '../shell/app/fieldValue/fieldValue';

const KEY = 'lp-workspace-tabs';
/** The console keeps a bounded set; the oldest tab closes first. */
export const MAX_TABS = 12;

export function readTabs(storage) {
  try {
    const tabs = JSON.parse(storage.getItem(KEY) || '[]');
    return Array.isArray(tabs) ? tabs.filter((t) => t && typeof t.url === 'string' && t.url.startsWith('/lightning/r/')) : [];
  } catch {
    return [];
  }
}

const saveTabs = (storage, tabs) => storage.setItem(KEY, JSON.stringify(tabs));

/** The tabs with `tab` opened: its label refreshed where it already was, else added last. */
export function withTab(tabs, tab) {
  const at = tabs.findIndex((t) => t.url === tab.url);
  if (at >= 0) return tabs.map((t, i) => (i === at ? { ...t, ...tab } : t));
  return [...tabs, tab].slice(-MAX_TABS);
}

export const withoutTab = (tabs, url) => tabs.filter((t) => t.url !== url);

const sprite = (object) => iconHref(iconOf(object));

function tabElement(tab, current, onClose) {
  const item = document.createElement('li');
  item.className = `lp-workspace-tab${current ? ' lp-is-current' : ''}`;
  const link = document.createElement('a');
  link.href = tab.url;
  if (current) link.setAttribute('aria-current', 'page');
  const svgNs = 'http://www.w3.org/2000/svg';
  const icon = document.createElementNS(svgNs, 'svg');
  icon.setAttribute('class', 'slds-icon slds-icon_x-small slds-icon-text-default');
  icon.setAttribute('aria-hidden', 'true');
  const use = document.createElementNS(svgNs, 'use');
  use.setAttribute('href', sprite(tab.object));
  icon.append(use);
  const label = document.createElement('span');
  label.className = 'slds-truncate';
  label.textContent = tab.label;
  link.append(icon, label);
  const close = document.createElement('button');
  close.type = 'button';
  close.setAttribute('aria-label', `Close ${tab.label}`);
  close.textContent = '×';
  close.addEventListener('click', () => onClose(tab));
  item.append(link, close);
  return item;
}

/** Draws the tabs into `list` and keeps them in `storage`; returns `open(tab)` for the record page. */
export function workspaceTabs(list, currentPath, storage = window.sessionStorage) {
  const render = () => {
    const tabs = readTabs(storage);
    list.replaceChildren(...tabs.map((tab) => tabElement(tab, tab.url === currentPath, close)));
  };
  const close = (tab) => {
    const before = readTabs(storage);
    const after = withoutTab(before, tab.url);
    saveTabs(storage, after);
    if (tab.url !== currentPath) return render();
    // Closing the open record shows its neighbour, as the console does, or Home.
    const index = before.findIndex((t) => t.url === tab.url);
    const next = after[Math.min(index, after.length - 1)];
    window.location.assign(next ? next.url : '/lightning/page/home');
  };
  render();
  return {
    open(tab) {
      saveTabs(storage, withTab(readTabs(storage), tab));
      render();
    },
  };
}
