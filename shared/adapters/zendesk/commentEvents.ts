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

/**
 * What a transcript needs of a comment event: buffered events wait for their ticket's page, so
 * the rest (HTML body, metadata, the via source) is let go at once instead of aging in memory.
 */
function slim(event: ChildEvent): ZendeskComment {
  const channel = typeof event.via === 'string' ? event.via : event.via?.channel;
  const recording = event.data?.recording_url;
  return {
    id: event.id,
    author_id: event.author_id,
    body: event.plain_body ?? event.body,
    public: event.public,
    created_at: event.created_at,
    ...(channel ? { via: channel } : {}),
    ...(recording ? { data: { recording_url: recording, call_duration: event.data?.call_duration } } : {}),
  };
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
  /**
   * What this reader has already read: from `from` on, up to where the next read starts
   * (`next`), the end of the last page (`past`) and whether that page ended the stream. A
   * page's resume position stays at its horizon (the buffer is lost in a crash), so the next
   * page asks again for events already read; they come from here instead of a second request.
   */
  let read: { from: number; next: number; past: number; ended: boolean } | undefined;
  /** The next events page, asked for while the caller waits for its tickets page. */
  let ahead: { start: number; page: Promise<TicketEventsPage> } | undefined;

  function keep(page: TicketEventsPage): void {
    for (const event of page.ticket_events) {
      for (const child of event.child_events ?? []) {
        if (child.event_type !== 'Comment' && child.event_type !== 'VoiceComment') continue;
        let comments = byTicket.get(event.ticket_id);
        if (!comments) byTicket.set(event.ticket_id, (comments = new Map()));
        comments.set(child.id, slim(child));
      }
    }
  }

  const newestStart = () => Math.floor(now().getTime() / 1000) - NEWEST_START_SECONDS;

  const coveredFrom = (start: number) => (read !== undefined && read.from <= start && start <= read.next ? read : undefined);

  const ask = (start: number) => api.call<TicketEventsPage>(`/incremental/ticket_events.json?start_time=${start}&include=comment_events`);

  function request(start: number): Promise<TicketEventsPage> {
    const page = ahead?.start === start ? ahead.page : ask(start);
    ahead = undefined;
    return page;
  }

  /**
   * Keeps the next events page on its way while the caller works, so a read finds it ready;
   * a page asked for ahead may never be used (the run stops, or the next read starts elsewhere).
   */
  function askAhead(start: number): void {
    if (ahead?.start === start || start > newestStart()) return;
    const page = ask(start);
    page.catch(() => undefined);
    ahead = { start, page };
  }

  return {
    /** Asks for the events a read from `start` will need next, unless the stream already ended there. */
    readAhead(start: number): void {
      const covered = coveredFrom(start);
      if (!covered?.ended) askAhead(covered?.next ?? start);
    },

    /**
     * Reads events from `start` until past `horizon` (the newest ticket change of the page at
     * hand: its comments are no newer) and returns where the next read starts.
     */
    async readThrough(start: number, horizon: number): Promise<number> {
      const covered = coveredFrom(start);
      const from = covered?.from ?? start;
      let next = covered?.next ?? start;
      let reached = covered !== undefined && covered.past > horizon;
      // Events of the last minute cannot be asked for yet: tickets missing them load their own comments.
      while (!reached && (next === start || next <= newestStart())) {
        const page = await request(next);
        keep(page);
        const ended = page.end_of_stream === true || page.ticket_events.length === 0;
        reached = page.end_time > horizon || ended;
        // A full page within one second holds that whole second: go on after it.
        next = page.end_time > next ? page.end_time : next + 1;
        read = { from, next, past: page.end_time, ended };
        if (!ended) askAhead(next);
      }
      return Math.max(0, Math.min(Math.max(start, Math.min(next, horizon + 1)), newestStart()));
    },

    /** The comments read for a ticket, in order; they leave the buffer with its page. */
    take(ticketId: number): ZendeskComment[] {
      const comments = [...(byTicket.get(ticketId)?.values() ?? [])];
      byTicket.delete(ticketId);
      return comments.sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id);
    },
  };
}
