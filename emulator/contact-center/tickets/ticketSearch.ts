import MiniSearch from 'minisearch';
import type { ArchivedTicket } from './archive';

export interface TicketFilters {
  status?: string;
  channel?: string;
  /** Archive keys of the users the agent or contact filter named. */
  assigneeKeys?: ReadonlySet<string>;
  requesterKeys?: ReadonlySet<string>;
  /** Creation time range, inclusive, as UTC `YYYY-MM-DDTHH:MM:SS` (both CRMs write UTC times, so text order is time order). */
  from?: string;
  to?: string;
  q?: string;
}

export interface TicketPage {
  tickets: ArchivedTicket[];
  total: number;
}

const transcriptOf = (ticket: ArchivedTicket) => ticket.comments.map((c) => c.body).join('\n');

/**
 * The ticket search (§8.4): full text over subject, description and comments through
 * MiniSearch's inverted index, the other filters over the matches; kept in memory and rebuilt
 * from the archive on start.
 */
export class TicketSearch {
  private index = TicketSearch.emptyIndex();
  private readonly tickets = new Map<string, ArchivedTicket>();
  private newestFirst: ArchivedTicket[] | null = null;

  private static emptyIndex() {
    return new MiniSearch<ArchivedTicket>({
      idField: 'key',
      fields: ['subject', 'description', 'transcript'],
      extractField: (ticket, field) => (field === 'transcript' ? transcriptOf(ticket) : String(ticket[field as keyof ArchivedTicket] ?? '')),
      searchOptions: { prefix: true, combineWith: 'AND', boost: { subject: 2 } },
    });
  }

  rebuild(tickets: Iterable<ArchivedTicket>): void {
    this.index = TicketSearch.emptyIndex();
    this.tickets.clear();
    for (const ticket of tickets) this.tickets.set(ticket.key, ticket);
    this.index.addAll([...this.tickets.values()]);
    this.newestFirst = null;
  }

  get size(): number {
    return this.tickets.size;
  }

  put(ticket: ArchivedTicket): void {
    if (this.tickets.has(ticket.key)) this.index.discard(ticket.key);
    this.tickets.set(ticket.key, ticket);
    this.index.add(ticket);
    this.newestFirst = null;
  }

  remove(key: string): void {
    if (!this.tickets.delete(key)) return;
    this.index.discard(key);
    this.newestFirst = null;
  }

  get(key: string): ArchivedTicket | undefined {
    return this.tickets.get(key);
  }

  /** Best matches first when there is text to match, else newest first. */
  search(filters: TicketFilters, offset: number, limit: number): TicketPage {
    const keep = matcher(filters);
    const candidates = filters.q?.trim()
      ? this.index.search(filters.q.trim()).map((hit) => this.tickets.get(hit.id as string)!)
      : this.byNewest();
    const matches = candidates.filter(keep);
    return { tickets: matches.slice(offset, offset + limit), total: matches.length };
  }

  private byNewest(): ArchivedTicket[] {
    // Plain comparison: ISO times in UTC order as text, and localeCompare costs seconds over 1M tickets.
    this.newestFirst ??= [...this.tickets.values()].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.key < b.key ? -1 : 1));
    return this.newestFirst;
  }
}

function matcher(filters: TicketFilters): (ticket: ArchivedTicket) => boolean {
  const status = filters.status?.toLowerCase();
  const channel = filters.channel?.toLowerCase();
  return (ticket) =>
    (!status || ticket.status.toLowerCase() === status) &&
    (!channel || ticket.channel.toLowerCase() === channel) &&
    (!filters.assigneeKeys || (ticket.assigneeKey !== null && filters.assigneeKeys.has(ticket.assigneeKey))) &&
    (!filters.requesterKeys || (ticket.requesterKey !== null && filters.requesterKeys.has(ticket.requesterKey))) &&
    (filters.from === undefined || ticket.createdAt.slice(0, 19) >= filters.from) &&
    (filters.to === undefined || ticket.createdAt.slice(0, 19) <= filters.to);
}
