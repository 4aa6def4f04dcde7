import type { ArchivedTicket } from './archive';

/**
 * One filter (status, channel, agent, contact): each value gets a small code, each code its
 * set of ticket slots, and each slot its code, so a walk over many tickets compares numbers.
 */
class ValueIndex {
  private readonly codes = new Map<string, number>();
  private readonly values: string[] = [];
  private readonly slotsOfCode: Set<number>[] = [];
  private readonly codeOfSlot: number[] = [];

  add(value: string | null, slot: number): void {
    if (value === null) {
      this.codeOfSlot[slot] = -1;
      return;
    }
    let code = this.codes.get(value);
    if (code === undefined) {
      this.codes.set(value, (code = this.slotsOfCode.length));
      this.values.push(value);
      this.slotsOfCode.push(new Set());
    }
    this.slotsOfCode[code].add(slot);
    this.codeOfSlot[slot] = code;
  }

  delete(slot: number): void {
    const code = this.codeOfSlot[slot];
    if (code !== undefined && code >= 0) this.slotsOfCode[code].delete(slot);
    this.codeOfSlot[slot] = -1;
  }

  /** How many slots hold each value: every slot, or only those given. */
  counts(slots?: Iterable<number>): Record<string, number> {
    const counts: Record<string, number> = {};
    if (slots === undefined) {
      this.slotsOfCode.forEach((set, code) => set.size > 0 && (counts[this.values[code]] = set.size));
      return counts;
    }
    const tally = new Array<number>(this.values.length).fill(0);
    for (const slot of slots) {
      const code = this.codeOfSlot[slot];
      if (code !== undefined && code >= 0) tally[code]++;
    }
    tally.forEach((count, code) => count > 0 && (counts[this.values[code]] = count));
    return counts;
  }

  /** The slots having any of the values, and a test of one slot. */
  select(values: Iterable<string>): { slots: ReadonlySet<number>; has: (slot: number) => boolean } {
    const codes = [...values].flatMap((v) => (this.codes.has(v) ? [this.codes.get(v)!] : []));
    const bySlot = this.codeOfSlot;
    if (codes.length === 1) {
      const code = codes[0];
      return { slots: this.slotsOfCode[code], has: (slot) => bySlot[slot] === code };
    }
    const wanted = new Set(codes);
    const slots = new Set<number>();
    for (const code of codes) for (const slot of this.slotsOfCode[code]) slots.add(slot);
    return { slots, has: (slot) => wanted.has(bySlot[slot]) };
  }
}

export interface SlotFilters {
  status?: string;
  channel?: string;
  assigneeKeys?: ReadonlySet<string>;
  requesterKeys?: ReadonlySet<string>;
  /** Creation time range in milliseconds, inclusive. */
  fromMs?: number;
  toMs?: number;
}

export type FacetName = 'status' | 'channel';

const lower = (value: string | null) => (value === null ? null : value.toLowerCase());

/**
 * The ticket filters of §8.4 as in-memory indexes: each filter value leads to its set of
 * ticket slots, and one newest-first order (with the creation times beside it) answers date
 * ranges by binary search and gives results their order without sorting per query.
 */
export class TicketFilterIndex {
  readonly tickets: (ArchivedTicket | undefined)[] = [];
  private readonly createdMs: number[] = [];
  private readonly status = new ValueIndex();
  private readonly channel = new ValueIndex();
  private readonly assignee = new ValueIndex();
  private readonly requester = new ValueIndex();
  private order: Int32Array | null = null;
  private orderMs: Float64Array = new Float64Array(0);

  set(slot: number, ticket: ArchivedTicket): void {
    const old = this.tickets[slot];
    if (old) this.unset(slot);
    this.tickets[slot] = ticket;
    this.createdMs[slot] = Date.parse(ticket.createdAt);
    this.status.add(lower(ticket.status), slot);
    this.channel.add(lower(ticket.channel), slot);
    this.assignee.add(ticket.assigneeKey, slot);
    this.requester.add(ticket.requesterKey, slot);
    this.order = null;
  }

  unset(slot: number): void {
    const ticket = this.tickets[slot];
    if (!ticket) return;
    this.status.delete(slot);
    this.channel.delete(slot);
    this.assignee.delete(slot);
    this.requester.delete(slot);
    this.tickets[slot] = undefined;
    this.order = null;
  }

  /** Whether a slot passes every filter. */
  matcher(filters: SlotFilters): (slot: number) => boolean {
    const tests = this.selections(filters).map((s) => s.has);
    const from = filters.fromMs ?? -Infinity;
    const to = filters.toMs ?? Infinity;
    const { tickets, createdMs } = this;
    return (slot) => tickets[slot] !== undefined && createdMs[slot] >= from && createdMs[slot] <= to && tests.every((has) => has(slot));
  }

  /**
   * Matching slots newest first, `offset`..`offset+limit`, and how many match: from the
   * smallest filter set when sorting it costs less than walking the date range, else along
   * the order only as far as the page reaches, counting the rest through the smallest set.
   */
  page(filters: SlotFilters, offset: number, limit: number): { slots: number[]; total: number } {
    const { order, orderMs } = this.sorted();
    const lo = firstAtOrBelow(orderMs, filters.toMs ?? Infinity);
    const hi = firstAtOrBelow(orderMs, (filters.fromMs ?? -Infinity) - 1e-3);
    const selections = this.selections(filters);
    // The order holds live tickets only: within the date range, each one matches.
    if (selections.length === 0) return { slots: Array.from(order.subarray(Math.min(hi, lo + offset), Math.min(hi, lo + offset + limit))), total: hi - lo };
    const keep = this.matcher(filters);
    const smallest = selections.map((s) => s.slots).sort((a, b) => a.size - b.size)[0];
    // Sorting a set's matches costs about log2(n) steps each; walking the order one step each.
    if (smallest.size * Math.log2(smallest.size + 2) < hi - lo) {
      const matches = [...smallest].filter(keep).sort((a, b) => this.newerFirst(a, b));
      return { slots: matches.slice(offset, offset + limit), total: matches.length };
    }
    const slots: number[] = [];
    for (let i = lo, seen = 0; i < hi && slots.length < limit; i++) {
      if (!keep(order[i])) continue;
      if (seen++ >= offset) slots.push(order[i]);
    }
    const undated = filters.fromMs === undefined && filters.toMs === undefined;
    return { slots, total: selections.length === 1 && undated ? smallest.size : countOf(smallest, keep) };
  }

  /**
   * Facet counts (§8.4): for status and channel, how many tickets of the current query hold
   * each value, counted without that facet's own filter so the other choices stay visible.
   * `among` restricts the count to slots found by full text.
   */
  facets(filters: SlotFilters, among?: (without: FacetName) => Iterable<number>): Record<FacetName, Record<string, number>> {
    const count = (name: FacetName) => {
      const others: SlotFilters = { ...filters, [name]: undefined };
      const index = this[name];
      if (among) return index.counts(among(name));
      const dated = others.fromMs !== undefined || others.toMs !== undefined;
      if (this.selections(others).length === 0 && !dated) return index.counts();
      return index.counts(this.allMatching(others));
    };
    return { status: count('status'), channel: count('channel') };
  }

  /** Every slot passing the filters, from the smallest candidate set or the date range. */
  private *allMatching(filters: SlotFilters): Iterable<number> {
    const keep = this.matcher(filters);
    const selections = this.selections(filters);
    if (selections.length > 0) {
      const smallest = selections.map((s) => s.slots).sort((a, b) => a.size - b.size)[0];
      for (const slot of smallest) if (keep(slot)) yield slot;
      return;
    }
    const { order, orderMs } = this.sorted();
    const lo = firstAtOrBelow(orderMs, filters.toMs ?? Infinity);
    const hi = firstAtOrBelow(orderMs, (filters.fromMs ?? -Infinity) - 1e-3);
    for (let i = lo; i < hi; i++) yield order[i];
  }

  /** Matching slots by last update, newest first (the "updated" sort). */
  byUpdated(filters: SlotFilters, offset: number, limit: number): { slots: number[]; total: number } {
    const matches = [...this.allMatching(filters)];
    const updated = (slot: number) => Date.parse(this.tickets[slot]!.updatedAt);
    const keyed = matches.map((slot) => [updated(slot), slot] as const).sort((a, b) => b[0] - a[0] || this.newerFirst(a[1], b[1]));
    return { slots: keyed.slice(offset, offset + limit).map(([, slot]) => slot), total: matches.length };
  }

  private selections(filters: SlotFilters) {
    const selected: ReturnType<ValueIndex['select']>[] = [];
    if (filters.status) selected.push(this.status.select([filters.status.toLowerCase()]));
    if (filters.channel) selected.push(this.channel.select([filters.channel.toLowerCase()]));
    if (filters.assigneeKeys) selected.push(this.assignee.select(filters.assigneeKeys));
    if (filters.requesterKeys) selected.push(this.requester.select(filters.requesterKeys));
    return selected;
  }

  private newerFirst(a: number, b: number): number {
    const byTime = this.createdMs[b] - this.createdMs[a];
    if (byTime !== 0) return byTime;
    return this.tickets[a]!.key < this.tickets[b]!.key ? -1 : 1;
  }

  private sorted(): { order: Int32Array; orderMs: Float64Array } {
    if (!this.order) {
      const live: number[] = [];
      for (let slot = 0; slot < this.tickets.length; slot++) if (this.tickets[slot]) live.push(slot);
      this.order = Int32Array.from(live).sort((a, b) => this.newerFirst(a, b));
      this.orderMs = Float64Array.from(this.order, (slot) => this.createdMs[slot]);
    }
    return { order: this.order, orderMs: this.orderMs };
  }
}

function countOf(slots: ReadonlySet<number>, keep: (slot: number) => boolean): number {
  let count = 0;
  for (const slot of slots) if (keep(slot)) count++;
  return count;
}

/** First index whose time is at or below `ms` in a newest-first list of times. */
function firstAtOrBelow(times: Float64Array, ms: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid] > ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
