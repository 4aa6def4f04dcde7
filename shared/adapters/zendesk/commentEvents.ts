import type { ZendeskApi } from './api';
import type { ZendeskComment } from './tickets';

interface ChildEvent extends ZendeskComment {
  event_type: string;
}

interface TicketEventsPage {
  ticket_events: { ticket_id: number; timestamp: number; child_events?: ChildEvent[] }[];
  end_time: number;
  end_of_stream?: boolean;
}

/** The event export refuses a `start_time` within the last minute; a little more leaves room for clock skew. */
const NEWEST_START_SECONDS = 65;

/**
 * Comments in bulk through the Incremental Ticket Event Export with the `comment_events`
 * side-load (https://developer.zendesk.com/api-reference/ticketing/ticket-management/incremental_exports/#incremental-ticket-event-export),
 * 1000 events a request instead of one request per ticket. Comments are kept by ticket until
 * that ticket's page is read; pages overlap by a second, so comments are kept by id.
 */
export function commentEventReader(api: ZendeskApi, now: () => Date = () => new Date()) {
  const byTicket = new Map<number, Map<number, ZendeskComment>>();

  function keep(page: TicketEventsPage): void {
    for (const event of page.ticket_events) {
      for (const child of event.child_events ?? []) {
        if (child.event_type !== 'Comment' && child.event_type !== 'VoiceComment') continue;
        let comments = byTicket.get(event.ticket_id);
        if (!comments) byTicket.set(event.ticket_id, (comments = new Map()));
        comments.set(child.id, child);
      }
    }
  }

  return {
    /**
     * Reads events from `start` until past `horizon` (the newest ticket change of the page at
     * hand: its comments are no newer) and returns where the next read starts.
     */
    async readThrough(start: number, horizon: number): Promise<number> {
      let next = start;
      for (;;) {
        const page = await api.call<TicketEventsPage>(`/incremental/ticket_events.json?start_time=${next}&include=comment_events`);
        keep(page);
        const reached = page.end_time > horizon || page.end_of_stream === true || page.ticket_events.length === 0;
        // A full page within one second holds that whole second: go on after it.
        next = page.end_time > next ? page.end_time : next + 1;
        if (reached) break;
      }
      const newest = Math.floor(now().getTime() / 1000) - NEWEST_START_SECONDS;
      return Math.max(0, Math.min(Math.max(start, Math.min(next, horizon + 1)), newest));
    },

    /** The comments read for a ticket, in order; they leave the buffer with its page. */
    take(ticketId: number): ZendeskComment[] {
      const comments = [...(byTicket.get(ticketId)?.values() ?? [])];
      byTicket.delete(ticketId);
      return comments.sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id);
    },
  };
}
