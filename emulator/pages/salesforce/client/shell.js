import { createElement } from 'lwc';
import { carryToasts, showToast } from './toasts';
import { workspaceTabs } from './workspaceTabs';
import { shareReads } from './shareReads';
import { readsSettle } from './readsSettle';
import { mountUtilityBar } from './utilityBar';

/** What every console page shares: its config, toasts, the workspace tabs, the utility bar and a way to mount components. */
export const page = JSON.parse(document.getElementById('page-config').textContent);
// The local org's App Builder setting: the emulated contact-center service shares the page's origin.
page.ccBaseUrl ||= window.location.origin;

// Before the card starts reading, so that a read made twice at once is sent once.
shareReads(window);
const CC_API = `${page.ccBaseUrl}/cc/v1/`;
const ccReads = readsSettle(window, (url) => url.href.startsWith(CC_API));

/** How long the rest of the page waits at most for the card's first data (a slow service must not hold it). */
const FIRST_DATA_WAIT_MS = 1000;

/**
 * Runs `work` once the contact center's answers to what the page asked first have come back and
 * been handled: on a page with the customer card, once the card shows its first data (the
 * Salesforce reads of the card's own parts do not hold it). Until then the card's requests and
 * render share the main thread and the service with nothing else (issue 16: the card shows
 * sooner; the record page and the utility bar follow). Pages without the card run it at once.
 */
export const afterCardData = (work) => ccReads.whenSettled(work, FIRST_DATA_WAIT_MS);

document.addEventListener('lightning__showtoast', (event) => showToast(event.detail));

// The console's own parts after the card's first data. Toasts carried over and the workspace
// tabs come from session storage, whose first read in a new tab waits on the browser process.
let workspace;
afterCardData(() => {
  carryToasts();
  workspace = workspaceTabs(document.getElementById('lp-workspace-tabs'), window.location.pathname);
  mountUtilityBar(page);
});

/** The workspace tabs, drawn after the card's first data (`open` comes from the record page, mounted after them too). */
export const tabs = { open: (tab) => workspace.open(tab) };

export function mount(selector, tag, Component, props) {
  const host = document.querySelector(selector);
  if (!host) return undefined;
  const element = createElement(tag, { is: Component });
  Object.assign(element, props);
  host.appendChild(element);
  return element;
}
