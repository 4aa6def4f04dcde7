import type { ZendeskState } from '../model/state';
import type { Comment, StoredTicket } from '../model/types';
import { commentJson } from '../tickets/comments';

/** One update of a ticket as the Incremental Ticket Event Export shows it: an audit and its comment. */
export interface TicketEvent {
  id: number;
  stored: StoredTicket;
  comments: Comment[];
  createdAt: string;
}

/**
 * The emulator keeps no field history, so a ticket's events are its audits that carried
 * comments: the comments sharing an `audit_id` make one event at the first one's time.
 */
export function ticketEvents(state: ZendeskState): TicketEvent[] {
  const events: TicketEvent[] = [];
  for (const stored of state.data.tickets) {
    const byAudit = new Map<number, TicketEvent>();
    for (const comment of stored.comments) {
      const event = byAudit.get(comment.audit_id);
      if (event) event.comments.push(comment);
      else byAudit.set(comment.audit_id, { id: comment.audit_id, stored, comments: [comment], createdAt: comment.created_at });
    }
    events.push(...byAudit.values());
  }
  return events;
}

/**
 * https://developer.zendesk.com/api-reference/ticketing/ticket-management/incremental_exports/#incremental-ticket-event-export:
 * without the `comment_events` side-load a comment shows only as `comment_present` and
 * `comment_public`; with it, each comment is a child event of its own.
 */
export function ticketEventJson(event: TicketEvent, withComments: boolean, origin: string) {
  const first = event.comments[0];
  const childEvents = withComments
    ? event.comments.map((c) => ({ ...commentJson(c, origin), via_reference_id: null, event_type: c.type }))
    : event.comments.map((c) => ({ id: c.id, via: c.via, via_reference_id: null, comment_present: true, comment_public: c.public, event_type: 'Comment' }));
  return {
    id: event.id,
    ticket_id: event.stored.ticket.id,
    timestamp: Math.floor(Date.parse(event.createdAt) / 1000),
    created_at: event.createdAt,
    updater_id: first.author_id,
    via: first.via.channel,
    system: {},
    event_type: 'Audit',
    merged_ticket_ids: [],
    child_events: childEvents,
  };
}
