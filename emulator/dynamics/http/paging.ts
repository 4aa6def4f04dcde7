import type { Row } from '../schema/types';

/**
 * Server-driven paging: `@odata.nextLink` carries a `$skiptoken` holding a paging cookie
 * with the page number and the first and last ids of the page, shaped like Dataverse's.
 * https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/page-results
 */
export interface PageCookie {
  pageNumber: number;
  lastId?: string;
}

export function makeSkipToken(primaryId: string, pageNumber: number, page: Row[]): string {
  const first = String(page[0]?.[primaryId] ?? '').toUpperCase();
  const last = String(page[page.length - 1]?.[primaryId] ?? '').toUpperCase();
  const inner = `<cookie page="${pageNumber - 1}"><${primaryId} last="{${last}}" first="{${first}}" /></cookie>`;
  return `<cookie pagenumber="${pageNumber}" pagingcookie="${encodeURIComponent(inner)}" istracking="False" />`;
}

/** Reads a skiptoken; an unreadable one starts again at page 1, never fails the request. */
export function readSkipToken(token: string): PageCookie {
  const pageNumber = Number(attribute(token, 'pagenumber'));
  let inner = '';
  try {
    inner = decodeURIComponent(attribute(token, 'pagingcookie') ?? '');
  } catch {
    inner = '';
  }
  const last = attribute(inner, 'last');
  return { pageNumber: Number.isInteger(pageNumber) && pageNumber > 1 ? pageNumber : 1, lastId: last?.replace(/[{}]/g, '').toLowerCase() || undefined };
}

function attribute(text: string, name: string): string | undefined {
  const start = text.indexOf(`${name}="`);
  if (start < 0) return undefined;
  const from = start + name.length + 2;
  const end = text.indexOf('"', from);
  return end < 0 ? undefined : text.slice(from, end);
}

/** The rows of the requested page and, when more remain, the token of the next one. */
export function pageOf(rows: Row[], primaryId: string, pageSize: number, token: string | undefined): { page: Row[]; next?: string } {
  const cookie = token ? readSkipToken(token) : { pageNumber: 1 };
  let start = (cookie.pageNumber - 1) * pageSize;
  if (cookie.lastId) {
    // Continue after the last row handed out, so rows created meanwhile do not shift pages.
    const at = rows.findIndex((row) => row[primaryId] === cookie.lastId);
    if (at >= 0) start = at + 1;
  }
  const page = rows.slice(start, start + pageSize);
  return { page, next: start + pageSize < rows.length ? makeSkipToken(primaryId, cookie.pageNumber + 1, page) : undefined };
}
