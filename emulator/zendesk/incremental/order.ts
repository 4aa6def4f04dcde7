import type { ZendeskState } from '../model/state';

/** A record's place in an incremental export: by change time (ms), then id. */
export interface Position {
  at: number;
  id: number;
}

export interface Ordered<T> {
  items: T[];
  positions: Position[];
}

/**
 * Exports walk records in change order. The order is computed once per data version
 * and reused by every page, so a 100k-ticket export does not sort per request.
 */
export function orderedBy<T>(state: ZendeskState, all: () => T[], positionOf: (item: T) => Position) {
  let cached: (Ordered<T> & { version: number }) | undefined;
  return (): Ordered<T> => {
    if (cached?.version === state.version) return cached;
    const pairs = all().map((item) => ({ item, position: positionOf(item) }));
    pairs.sort((a, b) => a.position.at - b.position.at || a.position.id - b.position.id);
    cached = { version: state.version, items: pairs.map((p) => p.item), positions: pairs.map((p) => p.position) };
    return cached;
  };
}

export const secondsOf = (position: Position) => Math.floor(position.at / 1000);

/** Index of the first position after `after`. */
export function firstAfter(positions: Position[], after: Position): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const p = positions[mid];
    if (p.at < after.at || (p.at === after.at && p.id <= after.id)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Zendesk's incremental cursors are opaque base64 strings of `{seconds}.{fraction}||{id}|`
 * (e.g. `MTU4MDc1Mzc5OC4wfHw0MzJ8` is `1580753798.0||432|`); the fraction carries milliseconds.
 */
export function encodeCursor(position: Position): string {
  const seconds = Math.floor(position.at / 1000);
  const millis = position.at - seconds * 1000;
  return Buffer.from(`${seconds}.${millis === 0 ? '0' : String(millis).padStart(3, '0')}||${position.id}|`).toString('base64');
}

export function decodeCursor(cursor: string): Position | null {
  const match = /^(\d+)\.(\d{1,3})\|\|(-?\d+)\|$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!match) return null;
  return { at: Number(match[1]) * 1000 + Number(match[2].padEnd(3, '0')), id: Number(match[3]) };
}
