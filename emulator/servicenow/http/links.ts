import type { Request } from 'express';
import type { Page } from '../query/run';
import { requestOrigin } from './params';

/**
 * Response headers past 16 KB are refused by Node's HTTP client (and most proxies); a Link
 * header echoing a long sysparm_query four times would cross that. Above this budget the
 * header is left out, as with sysparm_suppress_pagination_header, and X-Total-Count remains.
 */
export const LINK_BUDGET = 8 * 1024;

/**
 * The Link header of a list: first, prev, next and last pages as
 * `<url>;rel="..."`, keeping the request's other parameters. Pages are aligned on
 * sysparm_limit; without a count (sysparm_no_count) there is no last page and next is
 * offered while the page came back full. Undefined when over LINK_BUDGET.
 * https://www.servicenow.com/docs/r/api-reference/rest-apis/c_TableAPI.html
 */
export function paginationLinks(req: Request, page: Page, total: number | undefined, returned = 0): string | undefined {
  const base = `${requestOrigin(req)}${req.baseUrl}${req.path}`;
  const query = req.originalUrl.split('?')[1] ?? '';
  if (base.length + query.length > LINK_BUDGET / 4) return undefined;
  const url = pageUrl(base, query, page.limit);
  const links = [`${url(0)};rel="first"`];
  if (page.offset > 0) links.push(`${url(Math.max(0, page.offset - page.limit))};rel="prev"`);
  const more = total === undefined ? returned >= page.limit : page.offset + page.limit < total;
  if (more) links.push(`${url(page.offset + page.limit)};rel="next"`);
  if (total !== undefined) links.push(`${url(total > 0 ? Math.floor((total - 1) / page.limit) * page.limit : 0)};rel="last"`);
  return links.join(',');
}

/**
 * `<url>` of the page at an offset, the request's other parameters kept in their order. The
 * query (kilobytes for a phone lookup) is decoded and encoded once, not once per link: only
 * sysparm_offset's value differs between the links.
 */
function pageUrl(base: string, query: string, limit: number): (offset: number) => string {
  const params = new URLSearchParams(query);
  params.set('sysparm_limit', String(limit));
  params.set('sysparm_offset', '');
  const encoded = params.toString();
  // set() leaves one sysparm_offset, and an encoded value never holds '=' or '&': this is it.
  const at = encoded.search(/(?:^|&)sysparm_offset=(?:&|$)/);
  const end = encoded.indexOf('sysparm_offset=', at) + 'sysparm_offset='.length;
  const before = `<${base}?${encoded.slice(0, end)}`;
  const after = `${encoded.slice(end)}>`;
  return (offset) => `${before}${offset}${after}`;
}
