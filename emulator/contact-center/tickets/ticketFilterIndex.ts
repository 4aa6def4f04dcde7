import type { ArchivedTicket } from './archive';
import { topK } from './topK';

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

  /** A tally of counts per value code, for `countsOf`; -1 is a slot without a value. */
  tally(): number[] {
    return new Array<number>(this.values.length).fill(0);
  }

  codeOf(slot: number): number {
    return this.codeOfSlot[slot] ?? -1;
  }

  /** A tally's nonzero counts by value. */
  countsOf(tally: number[]): Record<string, number> {
    const counts: Record<string, number> = {};
    tally.forEach((count, code) => count > 0 && (counts[this.values[code]] = count));
    return counts;
  }

  /** How many slots hold each value: every slot, or only those `each` visits. */
  counts(each?: (visit: (slot: number) => void) => void): Record<string, number> {
    const counts: Record<string, number> = {};
    if (each === undefined) {
      this.slotsOfCode.forEach((set, code) => set.size > 0 && (counts[this.values[code]] = set.size));
      return counts;
    }
    const tally = this.tally();
    each((slot) => {
      const code = this.codeOf(slot);
      if (code >= 0) tally[code]++;
    });
    return this.countsOf(tally);
  }

  /**
   * The slots having any of the values: how many, a visit of each, and a test of one slot.
   * A name filter may name thousands of users ("mari"): their slot sets are never merged
   * into one, and the test looks the slot's code up in a table of the wanted codes.
   */
  select(values: Iterable<string>): Selection {
    const codes = [...new Set(values)].flatMap((v) => (this.codes.has(v) ? [this.codes.get(v)!] : []));
    const bySlot = this.codeOfSlot;
    const sets = codes.map((code) => this.slotsOfCode[code]);
    const size = sets.reduce((sum, set) => sum + set.size, 0);
    const each = (visit: (slot: number) => void) => sets.forEach((set) => set.forEach((slot) => visit(slot)));
    if (codes.length === 1) {
      const code = codes[0];
      return { size, each, has: (slot) => bySlot[slot] === code };
    }
    const wanted = new Uint8Array(this.values.length);
    for (const code of codes) wanted[code] = 1;
    return { size, each, has: (slot) => wanted[bySlot[slot]] === 1 };
  }
}

/** The slots one filter lets through; each slot holds one value, so the sets never overlap. */
interface Selection {
  size: number;
  each(visit: (slot: number) => void): void;
  has(slot: number): boolean;
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
export type Facets = Record<FacetName, Record<string, number>>;

/** Newest first by creation or by last update. */
export type TimeOrder = 'created' | 'updated';

const lower = (value: string | null) => (value === null ? null : value.toLowerCase());

/**
 * The ticket filters of §8.4 as in-memory indexes: each filter value leads to its set of
 * ticket slots, and one newest-first order (with the creation times beside it) answers date
 * ranges by binary search and gives results their order without sorting per query.
 */
export class TicketFilterIndex {
  readonly tickets: (ArchivedTicket | undefined)[] = [];
  private readonly createdMs: number[] = [];
  private readonly updatedMs: number[] = [];
  private readonly status = new ValueIndex();
  private readonly channel = new ValueIndex();
  private readonly assignee = new ValueIndex();
  private readonly requester = new ValueIndex();
  private order: Int32Array | null = null;
  private orderMs: Float64Array = new Float64Array(0);
  private byUpdate: Int32Array | null = null;

  set(slot: number, ticket: ArchivedTicket): void {
    const old = this.tickets[slot];
    if (old) this.unset(slot);
    this.tickets[slot] = ticket;
    this.createdMs[slot] = Date.parse(ticket.createdAt);
    this.updatedMs[slot] = Date.parse(ticket.updatedAt);
    this.status.add(lower(ticket.status), slot);
    this.channel.add(lower(ticket.channel), slot);
    this.assignee.add(ticket.assigneeKey, slot);
    this.requester.add(ticket.requesterKey, slot);
    this.order = null;
    this.byUpdate = null;
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
    this.byUpdate = null;
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
   * Matching slots newest first (by creation, or by last update), `offset`..`offset+limit`,
   * and how many match: the matches of the smallest filter set or date range through a
   * bounded top-k when that costs less than walking the order, else along the order only as
   * far as the page reaches, counting the rest through the smallest set.
   */
  page(filters: SlotFilters, offset: number, limit: number, by: TimeOrder = 'created'): { slots: number[]; total: number } {
    const { order, orderMs } = this.sorted();
    const lo = firstAtOrBelow(orderMs, filters.toMs ?? Infinity);
    const hi = firstAtOrBelow(orderMs, (filters.fromMs ?? -Infinity) - 1e-3);
    const selections = this.selections(filters);
    // The order holds live tickets only: within the date range, each one matches.
    if (selections.length === 0 && by === 'created') return { slots: Array.from(order.subarray(Math.min(hi, lo + offset), Math.min(hi, lo + offset + limit))), total: hi - lo };
    const keep = this.matcher(filters);
    const smallest = smallestOf(selections);
    const size = smallest ? Math.min(smallest.size, hi - lo) : hi - lo;
    // Ordering the candidates' matches costs about log2(n) steps each (a top-k is cheaper, a bound
    // that keeps the choice as tuned); walking the order one step each, from its start for "updated".
    if (size * Math.log2(size + 2) < (by === 'created' ? hi - lo : order.length)) {
      // Candidates: the smallest filter set or the creation range, whichever is smaller.
      const matches: number[] = [];
      if (smallest && smallest.size < hi - lo) smallest.each((slot) => keep(slot) && matches.push(slot));
      else for (const slot of order.subarray(lo, hi)) if (keep(slot)) matches.push(slot);
      return { slots: topK(matches, offset + limit, this.orderOf(by)).slice(offset), total: matches.length };
    }
    // The update order cannot narrow by creation time: it walks from its start and tests the range.
    const walk = by === 'created' ? order.subarray(lo, hi) : this.updatedOrder();
    const slots: number[] = [];
    for (let i = 0, seen = 0; i < walk.length && slots.length < limit; i++) {
      if (!keep(walk[i])) continue;
      if (seen++ >= offset) slots.push(walk[i]);
    }
    const undated = filters.fromMs === undefined && filters.toMs === undefined;
    if (!smallest) return { slots, total: hi - lo };
    return { slots, total: selections.length === 1 && undated ? smallest.size : countOf(smallest, keep) };
  }

  /**
   * Facet counts (§8.4): for status and channel, how many tickets of the current query hold
   * each value, counted without that facet's own filter so the other choices stay visible.
   */
  facets(filters: SlotFilters): Facets {
    const count = (name: FacetName) => {
      const others: SlotFilters = { ...filters, [name]: undefined };
      const index = this[name];
      const dated = others.fromMs !== undefined || others.toMs !== undefined;
      if (this.selections(others).length === 0 && !dated) return index.counts();
      return index.counts((visit) => this.eachMatching(others, visit));
    };
    return { status: count('status'), channel: count('channel') };
  }

  /**
   * Visits every slot passing the filters, from the smallest candidate set or the date range.
   * A callback, not a generator: a generator's resumption per slot costs more than the whole
   * test over a million slots.
   */
  private eachMatching(filters: SlotFilters, visit: (slot: number) => void): void {
    const keep = this.matcher(filters);
    const selections = this.selections(filters);
    if (selections.length > 0) {
      smallestOf(selections)!.each((slot) => keep(slot) && visit(slot));
      return;
    }
    const { order, orderMs } = this.sorted();
    const lo = firstAtOrBelow(orderMs, filters.toMs ?? Infinity);
    const hi = firstAtOrBelow(orderMs, (filters.fromMs ?? -Infinity) - 1e-3);
    for (let i = lo; i < hi; i++) visit(order[i]);
  }

  /**
   * Full-text hits, found with every filter but status and channel, narrowed by those two in
   * one pass that also counts both facets: each facet among the hits passing the other's
   * filter, so the text index is asked once, not once for the page and once per facet.
   */
  narrow(hits: number[], filters: SlotFilters): { slots: number[]; facets: Facets } {
    const status = filters.status ? this.status.select([filters.status.toLowerCase()]).has : () => true;
    const channel = filters.channel ? this.channel.select([filters.channel.toLowerCase()]).has : () => true;
    const statusTally = this.status.tally();
    const channelTally = this.channel.tally();
    const slots: number[] = [];
    for (const slot of hits) {
      const statusOk = status(slot);
      const channelOk = channel(slot);
      if (channelOk && this.status.codeOf(slot) >= 0) statusTally[this.status.codeOf(slot)]++;
      if (statusOk && this.channel.codeOf(slot) >= 0) channelTally[this.channel.codeOf(slot)]++;
      if (statusOk && channelOk) slots.push(slot);
    }
    return { slots, facets: { status: this.status.countsOf(statusTally), channel: this.channel.countsOf(channelTally) } };
  }

  /** The first `offset + limit` of some slots in a time order, and the page of them. */
  pageOf(slots: number[], order: TimeOrder, offset: number, limit: number): number[] {
    return topK(slots, offset + limit, this.orderOf(order)).slice(offset);
  }

  /** Newest first by the order's time; ties newest created, then by key, so pages never shuffle. */
  orderOf(order: TimeOrder): (a: number, b: number) => number {
    if (order === 'created') return (a, b) => this.newerFirst(a, b);
    const { updatedMs } = this;
    return (a, b) => updatedMs[b] - updatedMs[a] || this.newerFirst(a, b);
  }

  private selections(filters: SlotFilters) {
    const selected: Selection[] = [];
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

  /** Live slots by last update, newest first: built on the first "updated" page after a change. */
  private updatedOrder(): Int32Array {
    this.byUpdate ??= Int32Array.from(this.sorted().order).sort(this.orderOf('updated'));
    return this.byUpdate;
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

function countOf(selection: Selection, keep: (slot: number) => boolean): number {
  let count = 0;
  selection.each((slot) => keep(slot) && count++);
  return count;
}

function smallestOf(selections: Selection[]): Selection | undefined {
  return selections.reduce<Selection | undefined>((small, s) => (small === undefined || s.size < small.size ? s : small), undefined);
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
