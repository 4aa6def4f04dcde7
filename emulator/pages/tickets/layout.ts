import { escapeHtml, renderPage } from '../common';

/** Every ticket page: a header with the ticket pages' navigation, then the content. */
export function ticketShell(title: string, content: string, options: { admin: boolean; head?: string }): string {
  const nav = `<nav aria-label="Tickets" class="slds-m-top_x-small"><ul class="slds-list_horizontal slds-has-dividers_left">
<li class="slds-item"><a href="/tickets">Ticket search</a></li>
${options.admin ? '<li class="slds-item"><a href="/tickets/import">Import tickets</a></li><li class="slds-item"><a href="/admin">Admin console</a></li>' : ''}
</ul></nav>`;
  return renderPage({
    title: `${title} | Customer Card`,
    shaded: true,
    // A link inside a sentence is told from its text by more than colour (WCAG 1.4.1; axe link-in-text-block).
    head: `<style>main p a:not(.slds-button) { text-decoration: underline; }</style>${options.head ?? ''}`,
    body: `<header class="slds-page-header slds-m-bottom_medium"><div class="slds-page-header__row"><div class="slds-page-header__col-title">
<h1 class="slds-page-header__title">${escapeHtml(title)}</h1>${nav}</div></div></header>
<main class="slds-p-horizontal_medium">${content}</main>`,
  });
}

export const formatTime = (iso: string | null | undefined) => (iso ? escapeHtml(iso.slice(0, 16).replace('T', ' ')) : '');

/** A wide table's sideways-scrolling box: focusable and named, so keyboard users can scroll it on a phone. */
export const scrollBox = (label: string) => `<div class="slds-scrollable_x" tabindex="0" role="region" aria-label="${escapeHtml(label)}">`;
