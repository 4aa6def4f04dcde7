import { escapeHtml } from '../common/html';
import { iconHref } from '../common/client/iconHref';

/** The objects the Service Console's navigation bar opens, each on its default list view. */
export const NAVIGATION_OBJECTS = [
  { apiName: 'Contact', plural: 'Contacts' },
  { apiName: 'Account', plural: 'Accounts' },
  { apiName: 'Case', plural: 'Cases' },
  { apiName: 'Opportunity', plural: 'Opportunities' },
  { apiName: 'Lead', plural: 'Leads' },
] as const;

export interface ConsoleHeaderModel {
  agentName: string;
  /** `home` or the object whose list is open: that navigation item is current. */
  active?: string;
  /** What the search box shows (the term of the results page). */
  term: string;
  /** An admin also gets the admin console in the navigation bar. */
  admin?: boolean;
}

const navItem = (href: string, label: string, current: boolean) =>
  `<li class="slds-context-bar__item${current ? ' slds-is-active' : ''}"><a href="${href}" class="slds-context-bar__label-action"${current ? ' aria-current="page"' : ''}><span class="slds-truncate">${label}</span></a></li>`;

/**
 * SLDS global header (search, app, user), the navigation bar and the workspace tabs row,
 * in one sticky block so nothing below slides under it. The search is a plain form: it
 * works before any script has loaded, and the results page runs the SOSL.
 */
export function consoleHeader({ agentName, active, term, admin }: ConsoleHeaderModel): string {
  const items = [
    navItem('/lightning/page/home', 'Home', active === 'home'),
    ...NAVIGATION_OBJECTS.map((o) => navItem(`/lightning/o/${o.apiName}/list`, o.plural, active === o.apiName)),
    '<li class="slds-context-bar__item"><a href="/simulator" target="_blank" rel="noopener" class="slds-context-bar__label-action"><span class="slds-truncate">Customer simulator</span></a></li>',
    ...(admin ? [navItem('/admin', 'Admin console', false)] : []),
  ];
  return `<header class="lp-header">
<a href="#main-content" class="slds-assistive-text slds-assistive-text_focus lp-skip">Skip to content</a>
<div class="slds-global-header slds-grid slds-grid_align-spread lp-global-header">
<div class="slds-global-header__item lp-brand"><span class="lp-logo">Customer Card</span></div>
<div class="slds-global-header__item slds-global-header__item_search lp-search-item">
<form role="search" action="/lightning/search" method="get" class="lp-search" aria-label="Global search">
<label class="slds-assistive-text" for="lp-search-input">Search Salesforce</label>
<div class="slds-form-element__control slds-input-has-icon slds-input-has-icon_left">
<svg class="slds-icon slds-input__icon slds-input__icon_left slds-icon-text-default" aria-hidden="true"><use href="${iconHref('utility:search')}"></use></svg>
<input type="search" id="lp-search-input" name="q" class="slds-input" placeholder="Search names, phones, emails..." value="${escapeHtml(term)}" autocomplete="off" required minlength="2">
</div>
</form>
</div>
<div class="slds-global-header__item lp-user"><span class="slds-text-body_small">${escapeHtml(agentName)}</span></div>
</div>
<div class="slds-context-bar lp-context-bar">
<div class="slds-context-bar__primary"><div class="slds-context-bar__item slds-no-hover"><span class="slds-context-bar__app-name"><span class="slds-truncate">Service Console</span></span></div></div>
<nav class="slds-context-bar__secondary lp-nav" aria-label="App navigation">
<ul class="slds-grid">${items.join('')}</ul>
</nav>
</div>
<nav class="lp-workspace" aria-label="Workspace tabs"><ul class="lp-workspace-tabs" id="lp-workspace-tabs"></ul></nav>
</header>`;
}
