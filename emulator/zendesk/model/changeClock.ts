import type { ZendeskState } from './state';

export type ExportedKind = 'tickets' | 'users';

/**
 * Where a change sits in the incremental exports. Zendesk keeps a cursor consistent by leaving
 * out whatever changed within the last minute
 * (https://developer.zendesk.com/documentation/ticketing/managing-tickets/using-the-incremental-export-api/),
 * so a later change can never land behind a cursor already handed out. The emulator gets the
 * same guarantee without the minute's wait: every change made now takes a millisecond stamp
 * strictly after every position ever exported, so a write in the same second as the last
 * export, to a lower id, still comes after that export's cursor.
 */
export function stampChange(state: ZendeskState, kind: ExportedKind, id: number): void {
  const data = state.data;
  const stamp = Math.max(state.now().getTime(), (data.exportClock ?? 0) + 1);
  data.exportClock = stamp;
  data.exportStamps ??= { tickets: {}, users: {} };
  data.exportStamps[kind][id] = stamp;
}

/**
 * A record written with its own times (Ticket Import API, seeding) sits at its `updated_at`;
 * the clock moves past it so that later changes still come after it.
 */
export function noteWrittenTime(state: ZendeskState, kind: ExportedKind, id: number, updatedAt: string): void {
  const data = state.data;
  if (data.exportStamps) delete data.exportStamps[kind][id];
  data.exportClock = Math.max(data.exportClock ?? 0, Date.parse(updatedAt) || 0);
}

/** The record's export position in milliseconds: its change stamp, else its update time. */
export function exportedAt(state: ZendeskState, kind: ExportedKind, id: number, updatedAt: string): number {
  return state.data.exportStamps?.[kind][id] ?? Math.floor(Date.parse(updatedAt) / 1000) * 1000;
}
