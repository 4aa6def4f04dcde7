/**
 * Per user (an agent or a contact, by value code), how many of their tickets hold each
 * (status, channel) pair, kept as tickets come and go. A name filter like "mari" names a
 * fifth of the contacts and 200k of a million tickets; their facet counts and total are then
 * summed over those users' few pairs instead of counted ticket by ticket.
 */
export class PairTally {
  private readonly pairsOfUser: Map<number, number>[] = [];

  change(user: number, status: number, channel: number, by: 1 | -1): void {
    if (user < 0) return;
    const pairs = (this.pairsOfUser[user] ??= new Map());
    const pair = pairKey(status, channel);
    const count = (pairs.get(pair) ?? 0) + by;
    if (count === 0) pairs.delete(pair);
    else pairs.set(pair, count);
  }

  /**
   * Over the users' tickets: counts by status among those passing the channel filter, by
   * channel among those passing the status filter, and how many pass both. A filter is a
   * value code, `ANY`, or `NONE` (a value no ticket holds).
   */
  sum(users: readonly number[], status: number, channel: number, statusCount: number, channelCount: number): PairSums {
    const byStatus = new Array<number>(statusCount).fill(0);
    const byChannel = new Array<number>(channelCount).fill(0);
    let total = 0;
    for (const user of users) {
      const pairs = this.pairsOfUser[user];
      if (!pairs) continue;
      // forEach, not for...of: no [key, value] array per entry, on a path that visits thousands of users.
      pairs.forEach((count, pair) => {
        const s = statusOf(pair);
        const c = channelOf(pair);
        const statusOk = status === ANY || s === status;
        const channelOk = channel === ANY || c === channel;
        if (channelOk && s >= 0) byStatus[s] += count;
        if (statusOk && c >= 0) byChannel[c] += count;
        if (statusOk && channelOk) total += count;
      });
    }
    return { byStatus, byChannel, total };
  }
}

export interface PairSums {
  byStatus: number[];
  byChannel: number[];
  total: number;
}

/** A filter that lets every value through. */
export const ANY = -2;
/** A filter on a value no ticket holds. */
export const NONE = -3;

// Codes start at -1 (no value); shifted by one so that a pair is one non-negative number.
const SPAN = 1 << 16;
const pairKey = (status: number, channel: number) => (status + 1) * SPAN + (channel + 1);
const statusOf = (pair: number) => Math.floor(pair / SPAN) - 1;
const channelOf = (pair: number) => (pair % SPAN) - 1;
