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
  const url = (offset: number) => {
    const params = new URLSearchParams(req.originalUrl.split('?')[1] ?? '');
    params.set('sysparm_limit', String(page.limit));
    params.set('sysparm_offset', String(offset));
    return `<${base}?${params.toString()}>`;
  };
  if (base.length + (req.originalUrl.split('?')[1] ?? '').length > LINK_BUDGET / 4) return undefined;
  const links = [`${url(0)};rel="first"`];
  if (page.offset > 0) links.push(`${url(Math.max(0, page.offset - page.limit))};rel="prev"`);
  const more = total === undefined ? returned >= page.limit : page.offset + page.limit < total;
  if (more) links.push(`${url(page.offset + page.limit)};rel="next"`);
  if (total !== undefined) links.push(`${url(total > 0 ? Math.floor((total - 1) / page.limit) * page.limit : 0)};rel="last"`);
  return links.join(',');
}
