import { escapeHtml, renderPage } from '../common';

/** The console's pages, in the order of its navigation. */
export const ADMIN_PAGES = [
  ['connections', 'Connections'],
  ['lookup', 'Lookup plan'],
  ['facts', 'Customer facts'],
  ['data-actions', 'Data actions'],
  ['routing', 'Routing rules'],
  ['queues', 'Queues and skills'],
  ['screen-pop', 'Screen pop'],
  ['display', 'Display'],
  ['wrap-up', 'Wrap-up'],
  ['features', 'Feature switches'],
  ['versions', 'Versions'],
  ['audit', 'Audit'],
] as const;

export type AdminPageKey = (typeof ADMIN_PAGES)[number][0];

export interface DraftState {
  /** How many values the draft changes from the published version; null when there is no draft. */
  changes: number | null;
  current: number;
}

const draftBanner = (draft: DraftState) =>
  draft.changes === null
    ? `<p class="slds-text-body_small">Published version ${draft.current}. Changes you save go into a draft; calls keep the published version until you publish it.</p>`
    : `<div class="slds-notify slds-notify_alert slds-alert_warning" role="status"><span>Draft with ${draft.changes} change${draft.changes === 1 ? '' : 's'} from version ${draft.current}; calls still use version ${draft.current}.</span>
<form method="post" action="/admin/draft/publish" class="slds-m-left_small"><button class="slds-button slds-button_brand" type="submit">Publish draft</button></form>
<form method="post" action="/admin/draft/discard" class="slds-m-left_x-small"><button class="slds-button slds-button_neutral" type="submit">Discard draft</button></form></div>`;

/**
 * Every console page: header, navigation of the console's pages, the draft's state, then the
 * content. The local Lightning console is linked where it is served (the emulator, not `npm run serve`).
 */
export function adminShell(active: AdminPageKey | null, title: string, content: string, draft: DraftState | null, serviceConsole = true): string {
  const nav = ADMIN_PAGES.map(
    ([key, label]) => `<li class="slds-nav-vertical__item${key === active ? ' slds-is-active' : ''}"><a class="slds-nav-vertical__action" href="/admin/${key}"${key === active ? ' aria-current="page"' : ''}>${escapeHtml(label)}</a></li>`,
  ).join('');
  return renderPage({
    title: `${title} | Admin console | Customer Card`,
    shaded: true,
    body: `<header class="slds-page-header slds-m-bottom_medium"><div class="slds-page-header__row"><div class="slds-page-header__col-title">
<p class="slds-page-header__name-meta"><a href="/admin">Admin console</a>${serviceConsole ? ' · <a href="/lightning/page/home">Service Console</a>' : ''} · <a href="/tickets">Tickets</a></p>
<h1 class="slds-page-header__title">${escapeHtml(title)}</h1>${draft ? draftBanner(draft) : ''}</div></div></header>
<div class="slds-grid slds-wrap slds-p-horizontal_medium">
<nav class="slds-nav-vertical slds-size_1-of-1 slds-medium-size_1-of-6 slds-m-bottom_medium" aria-label="Admin console"><div class="slds-nav-vertical__section"><h2 class="slds-nav-vertical__title">Settings</h2><ul>${nav}</ul></div></nav>
<main class="slds-col slds-size_1-of-1 slds-medium-size_5-of-6 slds-p-left_medium">${content}</main></div>`,
  });
}

export const alertBox = (kind: 'error' | 'success' | 'warning', text: string) =>
  `<div class="slds-notify slds-notify_alert slds-alert_${kind === 'success' ? 'info' : kind} slds-m-bottom_small" role="${kind === 'error' ? 'alert' : 'status'}">${escapeHtml(text)}</div>`;
