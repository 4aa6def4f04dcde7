import { epochSeconds, type ZendeskState } from '../model/state';

/** A record's place in an incremental export: by update time, then id. */
export interface Position {
  seconds: number;
  id: number;
}

export interface Ordered<T> {
  items: T[];
  positions: Position[];
}

/**
 * Exports walk records in update order. The order is computed once per data version
 * and reused by every page, so a 100k-ticket export does not sort per request.
 */
export function orderedBy<T>(state: ZendeskState, all: () => T[], positionOf: (item: T) => Position) {
  let cached: (Ordered<T> & { version: number }) | undefined;
  return (): Ordered<T> => {
    if (cached?.version === state.version) return cached;
    const pairs = all().map((item) => ({ item, position: positionOf(item) }));
    pairs.sort((a, b) => a.position.seconds - b.position.seconds || a.position.id - b.position.id);
    cached = { version: state.version, items: pairs.map((p) => p.item), positions: pairs.map((p) => p.position) };
    return cached;
  };
}

export const positionOf = (updatedAt: string, id: number): Position => ({ seconds: epochSeconds(updatedAt), id });

/** Index of the first position after `after` (or at/after `seconds` when starting from a time). */
export function firstAfter(positions: Position[], after: Position): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const p = positions[mid];
    if (p.seconds < after.seconds || (p.seconds === after.seconds && p.id <= after.id)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Zendesk's incremental cursors are opaque base64 strings; this one carries `seconds.0||id|`. */
export function encodeCursor(position: Position): string {
  return Buffer.from(`${position.seconds}.0||${position.id}|`).toString('base64');
}

export function decodeCursor(cursor: string): Position | null {
  const match = /^(\d+)\.0\|\|(\d+)\|$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  return match ? { seconds: Number(match[1]), id: Number(match[2]) } : null;
}
