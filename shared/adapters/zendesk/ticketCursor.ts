import type { ExportStart } from '../../ports/exportPage';
import { exportQuery } from './exportParams';

/**
 * A ticket import reads two Zendesk exports side by side: the cursor-based ticket export and
 * the time-based ticket event export (comments). Its cursor keeps both positions, so a run
 * resumed from it reads neither twice.
 */
export interface TicketsPosition {
  /** Query of the next ticket page: `cursor=...`, or `start_time=...` before the first page. */
  tickets: string;
  /** `start_time` (Unix seconds) of the next comment events to read. */
  events: number;
}

export function startPosition(start: ExportStart): TicketsPosition {
  if ('since' in start) return { tickets: exportQuery(start), events: Math.max(0, Math.floor(start.since.getTime() / 1000)) };
  const params = new URLSearchParams(start.cursor);
  const tickets = params.get('tickets');
  const events = Number(params.get('events'));
  // A plain Zendesk cursor (kept by an earlier version) has no comment position: read them all again.
  if (tickets === null || !Number.isInteger(events)) return { tickets: exportQuery(start), events: 0 };
  return { tickets: `cursor=${encodeURIComponent(tickets)}`, events };
}

export function positionCursor(ticketCursor: string, events: number): string {
  return new URLSearchParams({ tickets: ticketCursor, events: String(events) }).toString();
}
