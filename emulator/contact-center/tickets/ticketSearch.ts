import type { ArchivedTicket } from './archive';
import { TicketFilterIndex, type Facets } from './ticketFilterIndex';
import { TicketTextIndex } from './ticketTextIndex';

export interface TicketFilters {
  status?: string;
  channel?: string;
  /** Archive keys of the users the agent or contact filter named. */
  assigneeKeys?: ReadonlySet<string>;
  requesterKeys?: ReadonlySet<string>;
  /**
   * The agent or contact filter as typed, beside the keys it named (`usersNamed`): an index
   * keeping its users in a database may name them again there rather than send thousands of
   * keys back. The same users either way, so an index may ignore it, unless its keys number
   * more than `TYPED_FILTER_KEYS`: then they may be only some of the users it names.
   */
  assigneeNamed?: string;
  requesterNamed?: string;
  /** Creation time range, inclusive, as UTC `YYYY-MM-DDTHH:MM:SS`. */
  from?: string;
  to?: string;
  q?: string;
}

/**
 * Past this many users named by a typed agent or contact filter, the typed value decides
 * which users it means, and the keys looked up for it may stop there (`usersNamed`'s `atMost`).
 */
export const TYPED_FILTER_KEYS = 1000;

/** Result orders (§8.4): relevance applies to a text query; without one it means newest created. */
export const TICKET_SORTS = ['relevance', 'created', 'updated'] as const;
export type TicketSort = (typeof TICKET_SORTS)[number];

export interface TicketPage {
  tickets: ArchivedTicket[];
  total: number;
  facets: Facets;
}

const millis = (time: string | undefined, end: boolean) => (time === undefined ? undefined : Date.parse(`${time}${end ? '.999' : '.000'}Z`));

/**
 * The ticket search (§8.4), kept in memory and rebuilt from the archive on start: filters
 * through per-value indexes and a newest-first order, full text through MiniSearch. Each
 * ticket has a slot (a small number) that both indexes share.
 */
export class TicketSearch {
  private readonly slots = new Map<string, number>();
  private readonly filters = new TicketFilterIndex();
  private readonly text = new TicketTextIndex();

  rebuild(tickets: Iterable<ArchivedTicket>): void {
    for (const slot of this.slots.values()) this.filters.unset(slot);
    this.slots.clear();
    this.text.clear();
    this.putMany([...tickets]);
  }

  get size(): number {
    return this.slots.size;
  }

  put(ticket: ArchivedTicket): void {
    this.putMany([ticket]);
  }

  /** One import page at once: MiniSearch takes the page's documents in one call. */
  putMany(tickets: ArchivedTicket[]): void {
    const added: [number, ArchivedTicket][] = [];
    for (const ticket of tickets) {
      let slot = this.slots.get(ticket.key);
      if (slot === undefined) this.slots.set(ticket.key, (slot = this.filters.tickets.length));
      else this.text.discard(slot);
      this.filters.set(slot, ticket);
      added.push([slot, ticket]);
    }
    this.text.addAll(added);
  }

  remove(key: string): void {
    const slot = this.slots.get(key);
    if (slot === undefined) return;
    this.slots.delete(key);
    this.filters.unset(slot);
    this.text.discard(slot);
  }

  get(key: string): ArchivedTicket | undefined {
    const slot = this.slots.get(key);
    return slot === undefined ? undefined : this.filters.tickets[slot];
  }

  /** Best matches first when there is text to match (unless another sort is asked), else newest first; with facet counts. */
  search(filters: TicketFilters, offset: number, limit: number, sort: TicketSort = 'relevance'): TicketPage {
    const slotFilters = { ...filters, fromMs: millis(filters.from, false), toMs: millis(filters.to, true) };
    const q = filters.q?.trim();
    const ticketsOf = (slots: number[]) => slots.map((slot) => this.filters.tickets[slot]!);
    if (q) {
      // The facets count hits regardless of their own filter: ask the text index without status and channel, once.
      const hits = this.text.search(q, this.filters.matcher({ ...slotFilters, status: undefined, channel: undefined }));
      const { slots: matches, facets } = this.filters.narrow(hits, slotFilters);
      const page = sort === 'relevance' ? matches.slice(offset, offset + limit) : this.filters.pageOf(matches, sort, offset, limit);
      return { tickets: ticketsOf(page), total: matches.length, facets };
    }
    const page = this.filters.page(slotFilters, offset, limit, sort === 'updated' ? 'updated' : 'created');
    return { tickets: ticketsOf(page.slots), total: page.total, facets: page.facets };
  }
}
