import type { Ticket, TicketComment, TicketExportOptions, TicketRecording, TicketsPort } from '../../ports/ticketsPort';
import type { ZendeskApi } from './api';
import { commentEventReader } from './commentEvents';
import { perPageQuery, type CursorPage } from './exportParams';
import { positionCursor, startPosition } from './ticketCursor';

interface ZendeskTicket {
  id: number;
  subject: string | null;
  description?: string | null;
  status: string;
  priority: string | null;
  via?: { channel?: string };
  requester_id: number | null;
  assignee_id: number | null;
  tags?: string[];
  created_at: string;
  updated_at: string;
  solved_at?: string | null;
  /** With `include=comment_count`. */
  comment_count?: number;
}

export interface ZendeskComment {
  id: number;
  type?: string;
  author_id: number;
  body?: string;
  plain_body?: string;
  public: boolean;
  created_at: string;
  via?: { channel?: string } | string;
  /** Talk's voice comments carry the call (https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_comments/). */
  data?: { recording_url?: string; call_duration?: number };
}

interface CommentsPage {
  comments: ZendeskComment[];
  next_page?: string | null;
}

type TicketsPage = CursorPage & { tickets: ZendeskTicket[]; metric_sets?: { ticket_id: number; solved_at: string | null }[] };

/**
 * Tickets through the cursor-based incremental export with their comments from the ticket
 * event export: about two requests per 1000 tickets. A ticket whose comments the events did
 * not all bring (`comment_count` says more, e.g. after a restart) loads them on its own.
 */
export function zendeskTickets(api: ZendeskApi): TicketsPort {
  const events = commentEventReader(api);

  async function commentsOf(ticketId: number): Promise<ZendeskComment[]> {
    const all: ZendeskComment[] = [];
    let next: string | null | undefined = `/tickets/${ticketId}/comments.json`;
    while (next) {
      const page: CommentsPage = await api.call<CommentsPage>(next);
      all.push(...page.comments);
      next = page.next_page;
    }
    return all;
  }

  /**
   * A tickets page as tickets. The raw page, with every field Zendesk sends, is let go here,
   * before the comment events are read, instead of living on through them.
   */
  async function ticketsPage(query: string) {
    const page = await api.call<TicketsPage>(`/incremental/tickets/cursor.json?${query}&include=metric_sets,comment_count`);
    const solvedAt = new Map((page.metric_sets ?? []).map((m) => [m.ticket_id, m.solved_at]));
    return {
      exported: page.tickets.map((raw) => ({ id: raw.id, ticket: toTicket(api, raw, solvedAt.get(raw.id) ?? null), commentCount: raw.comment_count })),
      horizon: Math.max(0, ...page.tickets.map((t) => Math.floor(Date.parse(t.updated_at) / 1000))),
      afterCursor: page.after_cursor ?? null,
      end: page.end_of_stream === true,
    };
  }

  return {
    async exportTickets(start, options: TicketExportOptions = {}) {
      const position = startPosition(start);
      // The Zendesk account prepares the next comment events while it answers the tickets.
      events.readAhead(position.events);
      const page = await ticketsPage(`${position.tickets}${perPageQuery(options)}`);
      const nextEvents = page.exported.length > 0 ? await events.readThrough(position.events, page.horizon) : position.events;
      for (const { id, ticket, commentCount } of page.exported) {
        const buffered = events.take(id);
        if (ticket.status === 'deleted' || !(options.withComments?.(ticket) ?? true)) continue;
        const comments = buffered.length < (commentCount ?? buffered.length) ? await commentsOf(id) : buffered;
        ticket.comments = comments.map(toComment);
        ticket.recordings = comments.flatMap(toRecording);
      }
      return {
        items: page.exported.map((e) => e.ticket),
        cursor: page.afterCursor ? positionCursor(page.afterCursor, nextEvents) : 'cursor' in start ? start.cursor : null,
        end: page.end,
      };
    },
  };
}

function toTicket(api: ZendeskApi, ticket: ZendeskTicket, metricSolvedAt: string | null): Ticket {
  return {
    crm: 'zendesk',
    id: String(ticket.id),
    subject: ticket.subject ?? '',
    description: ticket.description ?? null,
    status: ticket.status,
    channel: ticket.via?.channel ?? 'unknown',
    priority: ticket.priority ?? null,
    requesterId: ticket.requester_id === null ? null : String(ticket.requester_id),
    assigneeId: ticket.assignee_id === null ? null : String(ticket.assignee_id),
    tags: ticket.tags ?? [],
    createdAt: ticket.created_at,
    updatedAt: ticket.updated_at,
    solvedAt: ticket.solved_at ?? metricSolvedAt,
    url: `${api.baseUrl}/agent/tickets/${ticket.id}`,
    comments: [],
    recordings: [],
  };
}

function toComment(comment: ZendeskComment): TicketComment {
  const channel = typeof comment.via === 'string' ? comment.via : comment.via?.channel;
  return {
    id: String(comment.id),
    authorId: String(comment.author_id),
    body: comment.plain_body ?? comment.body ?? '',
    public: comment.public,
    createdAt: comment.created_at,
    ...(channel ? { channel } : {}),
  };
}

function toRecording(comment: ZendeskComment): TicketRecording[] {
  const url = comment.data?.recording_url;
  if (!url) return [];
  return [{ url, ...(comment.data?.call_duration !== undefined ? { durationSeconds: comment.data.call_duration } : {}) }];
}
