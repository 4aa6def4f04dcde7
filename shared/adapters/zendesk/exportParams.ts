import type { ExportOptions, ExportStart } from '../../ports/exportPage';

/** The first call names a start time (Unix seconds); every later one only the cursor (https://developer.zendesk.com/documentation/ticketing/managing-tickets/using-the-incremental-export-api/). */
export function exportQuery(start: ExportStart): string {
  if ('cursor' in start) return `cursor=${encodeURIComponent(start.cursor)}`;
  return `start_time=${Math.max(0, Math.floor(start.since.getTime() / 1000))}`;
}

export interface CursorPage {
  after_cursor?: string | null;
  end_of_stream?: boolean;
}

export function nextCursor(page: CursorPage, start: ExportStart): string | null {
  return page.after_cursor ?? ('cursor' in start ? start.cursor : null);
}

/** Incremental exports answer up to 1000 items a page; `per_page` asks for fewer. */
export function perPageQuery(options: ExportOptions): string {
  return options.perPage ? `&per_page=${Math.min(1000, Math.max(1, Math.floor(options.perPage)))}` : '';
}
