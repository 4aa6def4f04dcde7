import type { Ticket, TicketComment, TicketExportOptions, TicketRecording, TicketsPort } from '../../ports/ticketsPort';
import type { ZendeskApi } from './api';
import { exportQuery, nextCursor, perPageQuery, type CursorPage } from './exportParams';

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
}

interface ZendeskComment {
  id: number;
  type?: string;
  author_id: number;
  body?: string;
  plain_body?: string;
  public: boolean;
  created_at: string;
  via?: { channel?: string };
  /** Talk's voice comments carry the call (https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_comments/). */
  data?: { recording_url?: string; call_duration?: number };
}

interface CommentsPage {
  comments: ZendeskComment[];
  next_page?: string | null;
}

/** At most this many comment requests at once, to stay inside Zendesk's rate limits. */
const COMMENT_CONCURRENCY = 4;

export function zendeskTickets(api: ZendeskApi): TicketsPort {
  async function comments(ticketId: number): Promise<ZendeskComment[]> {
    const all: ZendeskComment[] = [];
    let next: string | null | undefined = `/tickets/${ticketId}/comments.json`;
    while (next) {
      const page: CommentsPage = await api.call<CommentsPage>(next);
      all.push(...page.comments);
      next = page.next_page;
    }
    return all;
  }

  function toTicket(ticket: ZendeskTicket, metricSolvedAt: string | null, raw: ZendeskComment[]): Ticket {
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
      comments: raw.map(toComment),
      recordings: raw.flatMap(toRecording),
    };
  }

  return {
    async exportTickets(start, options: TicketExportOptions = {}) {
      type Page = CursorPage & { tickets: ZendeskTicket[]; metric_sets?: { ticket_id: number; solved_at: string | null }[] };
      const page = await api.call<Page>(`/incremental/tickets/cursor.json?${exportQuery(start)}${perPageQuery(options)}&include=metric_sets`);
      const solvedAt = new Map((page.metric_sets ?? []).map((m) => [m.ticket_id, m.solved_at]));
      const items = page.tickets.map((t) => toTicket(t, solvedAt.get(t.id) ?? null, []));
      const wanted = items.filter((t) => t.status !== 'deleted' && (options.withComments?.(t) ?? true));
      for (let i = 0; i < wanted.length; i += COMMENT_CONCURRENCY) {
        const batch = wanted.slice(i, i + COMMENT_CONCURRENCY);
        const loaded = await Promise.all(batch.map((t) => comments(Number(t.id))));
        batch.forEach((ticket, j) => Object.assign(ticket, { comments: loaded[j].map(toComment), recordings: loaded[j].flatMap(toRecording) }));
      }
      return { items, cursor: nextCursor(page, start), end: page.end_of_stream === true };
    },
  };
}

function toComment(comment: ZendeskComment): TicketComment {
  return {
    id: String(comment.id),
    authorId: String(comment.author_id),
    body: comment.plain_body ?? comment.body ?? '',
    public: comment.public,
    createdAt: comment.created_at,
    ...(comment.via?.channel ? { channel: comment.via.channel } : {}),
  };
}

function toRecording(comment: ZendeskComment): TicketRecording[] {
  const url = comment.data?.recording_url;
  if (!url) return [];
  return [{ url, ...(comment.data?.call_duration !== undefined ? { durationSeconds: comment.data.call_duration } : {}) }];
}
