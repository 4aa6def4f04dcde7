import MiniSearch, { type SearchOptions } from 'minisearch';
import type { ArchivedTicket } from './archive';
import { ticketBody } from './ticketBody';

interface TextDocument {
  slot: number;
  subject: string;
  /** Description and transcript: both are what the customer and the agents wrote. */
  body: string;
}

const documentOf = (slot: number, ticket: ArchivedTicket): TextDocument => ({ slot, subject: ticket.subject, body: ticketBody(ticket) });

/** Every word must match; a subject word counts twice as much as one in the text. */
const WHOLE_WORDS: SearchOptions = { combineWith: 'AND', boost: { subject: 2 }, prefix: false, fuzzy: false };

/** The last word as a prefix (the word still being typed), from three letters on. */
const TYPED_PREFIX: SearchOptions = { ...WHOLE_WORDS, prefix: (term, index, terms) => index === terms.length - 1 && term.length >= 3 };

/**
 * Full text over subject, description and comments (§8.4) through MiniSearch's inverted index.
 * Whole words only, unless the last word is no word of the index at all (still being typed):
 * a prefix of a common word expands to hundreds of terms, and MiniSearch scores every
 * document of each before any filter applies (over 1M tickets, a second where whole words
 * take a few milliseconds).
 */
export class TicketTextIndex {
  private index = TicketTextIndex.empty();

  private static empty() {
    return new MiniSearch<TextDocument>({ idField: 'slot', fields: ['subject', 'body'] });
  }

  clear(): void {
    this.index = TicketTextIndex.empty();
  }

  addAll(entries: [number, ArchivedTicket][]): void {
    this.index.addAll(entries.map(([slot, ticket]) => documentOf(slot, ticket)));
  }

  discard(slot: number): void {
    if (this.index.has(slot)) this.index.discard(slot);
  }

  /** Matching slots, best first, among those `keep` lets through. */
  search(query: string, keep: (slot: number) => boolean): number[] {
    const run = (options: SearchOptions) => this.index.search(query, { ...options, filter: (hit) => keep(hit.id as number) }).map((hit) => hit.id as number);
    const whole = run(WHOLE_WORDS);
    if (whole.length > 0) return whole;
    const last = query.trim().split(/\s+/).at(-1) ?? '';
    return this.index.search(last, WHOLE_WORDS).length > 0 ? whole : run(TYPED_PREFIX);
  }
}
