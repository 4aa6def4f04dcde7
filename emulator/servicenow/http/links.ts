import type { Request } from 'express';
import type { Page } from '../query/run';
import { requestOrigin } from './params';

/**
 * The Link header of a list: first, prev, next and last pages as
 * `<url>;rel="..."`, keeping the request's other parameters. Pages are aligned on
 * sysparm_limit. https://www.servicenow.com/docs/r/api-reference/rest-apis/c_TableAPI.html
 */
export function paginationLinks(req: Request, page: Page, total: number): string {
  const base = `${requestOrigin(req)}${req.baseUrl}${req.path}`;
  const url = (offset: number) => {
    const params = new URLSearchParams(req.originalUrl.split('?')[1] ?? '');
    params.set('sysparm_limit', String(page.limit));
    params.set('sysparm_offset', String(offset));
    return `<${base}?${params.toString()}>`;
  };
  const last = total > 0 ? Math.floor((total - 1) / page.limit) * page.limit : 0;
  const links = [`${url(0)};rel="first"`];
  if (page.offset > 0) links.push(`${url(Math.max(0, page.offset - page.limit))};rel="prev"`);
  if (page.offset + page.limit < total) links.push(`${url(page.offset + page.limit)};rel="next"`);
  links.push(`${url(last)};rel="last"`);
  return links.join(',');
}
