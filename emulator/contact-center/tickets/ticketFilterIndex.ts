import type { ArchivedTicket } from './archive';
import { ANY, NONE, PairTally, type PairSums } from './pairTally';
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

  /** How many distinct values were ever seen: the length of a tally. */
  get valueCount(): number {
    return this.values.length;
  }

  /** A filter on one value as `PairTally` takes it: its code, `ANY` without one, `NONE` for a value no slot holds. */
  filterCode(value: string | undefined): number {
    if (value === undefined) return ANY;
    return this.codes.get(value) ?? NONE;
  }

  /** The codes of distinct values (a set, or a list without repeats); values no slot ever held have none. */
  codesOf(values: Iterable<string>): number[] {
    const codes: number[] = [];
    for (const value of values) {
      const code = this.codes.get(value);
      if (code !== undefined) codes.push(code);
    }
    return codes;
  }

  /** A tally's nonzero counts by value. */
  countsOf(tally: number[]): Record<string, number> {
    const counts: Record<string, number> = {};
    tally.forEach((count, code) => count > 0 && (counts[this.values[code]] = count));
    return counts;
  }

  /**
   * The slots having any of the values: how many, a visit of each, and a test of one slot.
   * A name filter may name thousands of users ("mari"): their slot sets are never merged
   * into one, and the test looks the slot's code up in a table of the wanted codes.
   */
  select(values: Iterable<string>): Selection {
    const codes = this.codesOf(values);
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

const EVERYONE = 0;

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
  private readonly assigneePairs = new PairTally();
  private readonly requesterPairs = new PairTally();
  /** Every ticket as one "user": status and channel filters alone are summed over it. */
  private readonly everyonePairs = new PairTally();
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
    this.tallyPairs(slot, 1);
    this.order = null;
    this.byUpdate = null;
  }

  unset(slot: number): void {
    const ticket = this.tickets[slot];
    if (!ticket) return;
    this.tallyPairs(slot, -1);
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
   * how many match and the facets (counted first, see `counted`): the matches of the smallest filter set
   * or date range through a bounded top-k when that costs less than walking the order, else
   * along the order only as far as the page reaches.
   */
  page(filters: SlotFilters, offset: number, limit: number, by: TimeOrder = 'created'): { slots: number[]; total: number; facets: Facets } {
    const { order } = this.sorted();
    const { lo, hi } = this.createdRange(filters);
    const selections = this.selections(filters);
    const { total, facets } = this.counted(filters);
    // The order holds live tickets only: within the date range, each one matches.
    if (selections.length === 0 && by === 'created') return { slots: Array.from(order.subarray(Math.min(hi, lo + offset), Math.min(hi, lo + offset + limit))), total, facets };
    if (total <= offset) return { slots: [], total, facets };
    const keep = this.matcher(filters);
    const smallest = smallestOf(selections);
    const size = smallest ? Math.min(smallest.size, hi - lo) : hi - lo;
    // Candidates cost a test each and a top-k of the matches; walking costs a test a step, from
    // the order's start for "updated", until the page is full (the matches spread along the order).
    const walkLength = by === 'created' ? hi - lo : order.length;
    if (size + total < walkLength * Math.min(1, (offset + limit) / total)) {
      const matches: number[] = [];
      if (smallest && smallest.size < hi - lo) smallest.each((slot) => keep(slot) && matches.push(slot));
      else for (const slot of order.subarray(lo, hi)) if (keep(slot)) matches.push(slot);
      return { slots: topK(matches, offset + limit, this.orderOf(by)).slice(offset), total, facets };
    }
    // The update order cannot narrow by creation time: it walks from its start and tests the range.
    const walk = by === 'created' ? order.subarray(lo, hi) : this.updatedOrder();
    const slots: number[] = [];
    for (let i = 0, seen = 0; i < walk.length && slots.length < limit; i++) {
      if (!keep(walk[i])) continue;
      if (seen++ >= offset) slots.push(walk[i]);
    }
    return { slots, total, facets };
  }

  /**
   * How many tickets pass the filters, and the facet counts (§8.4: for status and channel, how
   * many tickets of the query hold each value, counted without that facet's own filter so the
   * other choices stay visible): summed per user where that answers (`PairTally`: no dates, at
   * most one name filter), else in one pass over the tickets passing every filter but status
   * and channel.
   */
  private counted(filters: SlotFilters): { total: number; facets: Facets } {
    const sums = this.sumPairs(filters);
    if (sums) return { total: sums.total, facets: { status: this.status.countsOf(sums.byStatus), channel: this.channel.countsOf(sums.byChannel) } };
    const candidates: number[] = [];
    this.eachMatching({ ...filters, status: undefined, channel: undefined }, (slot) => candidates.push(slot));
    const { slots, facets } = this.narrow(candidates, filters);
    return { total: slots.length, facets };
  }

  /** Visits every slot passing the filters, from the smallest candidate set or the creation range, whichever is smaller. */
  private eachMatching(filters: SlotFilters, visit: (slot: number) => void): void {
    const keep = this.matcher(filters);
    const smallest = smallestOf(this.selections(filters));
    const { lo, hi } = this.createdRange(filters);
    if (smallest && smallest.size < hi - lo) {
      smallest.each((slot) => keep(slot) && visit(slot));
      return;
    }
    const { order } = this.sorted();
    for (let i = lo; i < hi; i++) if (keep(order[i])) visit(order[i]);
  }

  /** The creation-time range as positions in the newest-first order. */
  private createdRange(filters: SlotFilters): { lo: number; hi: number } {
    const { orderMs } = this.sorted();
    return { lo: firstAtOrBelow(orderMs, filters.toMs ?? Infinity), hi: firstAtOrBelow(orderMs, (filters.fromMs ?? -Infinity) - 1e-3) };
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

  /**
   * Facets and total summed over the users one name filter selects (or over every ticket, with
   * none), when that and the status and channel choices are all there is (no dates, not both
   * name filters): see `PairTally`.
   */
  private sumPairs(filters: SlotFilters): PairSums | undefined {
    if (filters.fromMs !== undefined || filters.toMs !== undefined) return undefined;
    if (filters.assigneeKeys && filters.requesterKeys) return undefined;
    const [users, pairs] = filters.assigneeKeys
      ? [this.assignee.codesOf(filters.assigneeKeys), this.assigneePairs]
      : filters.requesterKeys
        ? [this.requester.codesOf(filters.requesterKeys), this.requesterPairs]
        : [[EVERYONE], this.everyonePairs];
    const status = this.status.filterCode(filters.status?.toLowerCase());
    const channel = this.channel.filterCode(filters.channel?.toLowerCase());
    return pairs.sum(users, status, channel, this.status.valueCount, this.channel.valueCount);
  }

  private tallyPairs(slot: number, by: 1 | -1): void {
    const status = this.status.codeOf(slot);
    const channel = this.channel.codeOf(slot);
    this.assigneePairs.change(this.assignee.codeOf(slot), status, channel, by);
    this.requesterPairs.change(this.requester.codeOf(slot), status, channel, by);
    this.everyonePairs.change(EVERYONE, status, channel, by);
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
