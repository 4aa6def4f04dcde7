import type { CcContract, RouteResponse } from '../../../shared/contract';
import { escapeHtml } from '../common';
import { ticketChannelLabel } from '../../../shared/tickets/channels';
import { formatTime } from './layout';
import { sourceName } from './sourceName';

export type TicketDetail = RouteResponse<CcContract['getTicket']>;


/** A recording's length as a player shows it: m:ss. */
export const playTime = (seconds: number) => `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`;

function relatedSection(ticket: TicketDetail): string {
  const related = ticket.related ?? [];
  const items = related
    .map((t) => `<li class="slds-item"><a href="/tickets/${encodeURIComponent(t.id)}">${escapeHtml(t.subject || '(no subject)')}</a><div class="slds-text-color_weak">${escapeHtml(ticketChannelLabel(t.channel))} · ${formatTime(t.createdAt)}</div></li>`)
    .join('');
  const contact = ticket.requester?.name ? ` of ${escapeHtml(ticket.requester.name)}` : '';
  return `<section class="slds-m-bottom_medium" aria-labelledby="related-heading"><h2 id="related-heading" class="slds-text-heading_small slds-m-bottom_small">Other tickets${contact}</h2>
${items ? `<ul class="slds-has-dividers_bottom-space">${items}</ul>` : '<p>No other imported tickets of this contact.</p>'}</section>`;
}

/** `GET /tickets/{id}`: facts, the transcript in order, a player per recording, the way back to the CRM. */
export function viewerPage(ticket: TicketDetail): string {
  const facts = [
    ['Status', ticket.status],
    ['Channel', ticketChannelLabel(ticket.channel)],
    ['Contact', ticket.requester?.name ?? ''],
    ['Agent', ticket.assignee?.name ?? ''],
    ['Created', formatTime(ticket.createdAt)],
    ['Solved', formatTime(ticket.solvedAt)],
  ]
    .map(([term, value]) => `<div class="slds-m-right_large"><dt class="slds-text-title">${term}</dt><dd>${escapeHtml(value)}</dd></div>`)
    .join('');
  const recordings = ticket.recordings.length
    ? `<ul>${ticket.recordings
        .map((r, i) => {
          const label = `Call recording ${i + 1}${r.durationSeconds ? `, ${playTime(r.durationSeconds)}` : ''}`;
          return `<li class="slds-m-bottom_small"><p id="rec-${i}">${escapeHtml(label)}</p><audio controls preload="none" src="${escapeHtml(r.url)}" aria-labelledby="rec-${i}"></audio></li>`;
        })
        .join('')}</ul>`
    : '<p>This ticket has no recordings.</p>';
  const transcript = ticket.transcript
    .map(
      (c) => `<li class="slds-box slds-theme_default slds-m-bottom_small"><article aria-label="${escapeHtml(c.author?.name ?? 'Unknown user')}, ${formatTime(c.createdAt)}">
<h3 class="slds-text-title_bold">${escapeHtml(c.author?.name ?? 'Unknown user')} <span class="slds-text-color_weak">${formatTime(c.createdAt)}${c.public ? '' : ' · internal'}</span></h3>
<p style="white-space: pre-wrap">${escapeHtml(c.body)}</p></article></li>`,
    )
    .join('\n');
  return `<p class="slds-m-bottom_small"><a href="/tickets">Back to ticket search</a></p>
<section class="slds-box slds-theme_default slds-m-bottom_medium" aria-labelledby="ticket-heading">
<h2 id="ticket-heading" class="slds-text-heading_medium">${escapeHtml(ticket.subject || '(no subject)')}</h2>
<dl class="slds-grid slds-wrap slds-m-vertical_small">${facts}</dl>
${ticket.crmUrl ? `<p><a class="slds-button slds-button_outline-brand" href="${escapeHtml(ticket.crmUrl)}" target="_blank" rel="noopener">Open in ${escapeHtml(sourceName(ticket.crm))}</a></p>` : `<p>From ${escapeHtml(sourceName(ticket.crm))}, ticket ${escapeHtml(ticket.crmId)}</p>`}
</section>
<section class="slds-m-bottom_medium" aria-labelledby="recordings-heading"><h2 id="recordings-heading" class="slds-text-heading_small slds-m-bottom_small">Recordings</h2>${recordings}</section>
${relatedSection(ticket)}
<section aria-labelledby="transcript-heading"><h2 id="transcript-heading" class="slds-text-heading_small slds-m-bottom_small">Transcript</h2><ol>${transcript}</ol></section>`;
}
