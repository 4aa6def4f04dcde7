import { createElement } from 'lwc';
import { carryToasts, showToast } from './toasts';
import { workspaceTabs } from './workspaceTabs';
import { shareReads } from './shareReads';
import { mountUtilityBar } from './utilityBar';

/** What every console page shares: its config, toasts, the workspace tabs, the utility bar and a way to mount components. */
export const page = JSON.parse(document.getElementById('page-config').textContent);
// The local org's App Builder setting: the emulated contact-center service shares the page's origin.
page.ccBaseUrl ||= window.location.origin;

// Before the softphone and the card start reading, so that each read is made once.
shareReads(window);
// After the page's own components (this module runs before the page's entry mounts them): the
// card's reads go first, and the softphone's config read shares the card's.
queueMicrotask(() => mountUtilityBar(page));

document.addEventListener('lightning__showtoast', (event) => showToast(event.detail));
carryToasts();

export const tabs = workspaceTabs(document.getElementById('lp-workspace-tabs'), window.location.pathname);

export function mount(selector, tag, Component, props) {
  const host = document.querySelector(selector);
  if (!host) return undefined;
  const element = createElement(tag, { is: Component });
  Object.assign(element, props);
  host.appendChild(element);
  return element;
}
