import type { Request, Response } from 'express';
import { sendError } from './errors';
import { firstQuery, queryString } from './origin';

/**
 * The two list paginations of the Support API
 * (https://developer.zendesk.com/api-reference/introduction/pagination/): offset
 * (`page`, `per_page`, `next_page`, `previous_page`, `count`) and, when `page[size]` is
 * sent, cursor (`meta.has_more`, `meta.after_cursor`, `links.next`). Lists are in id order.
 */
const MAX_PAGE = 100;

interface ListPage<T> {
  items: T[];
  extra: Record<string, unknown>;
}

/** How a list's records are ordered and shown: by their id, through their JSON view. */
export interface ListView<T> {
  idOf(item: T): number;
  toJson(item: T): unknown;
}

interface PageParams {
  size?: string;
  after?: string;
  before?: string;
}

/** Writes `{key: items, ...pagination}` or a 400 for parameters Zendesk refuses. */
export function sendList<T>(req: Request, res: Response, key: string, url: string, all: T[], view: ListView<T>): void {
  const page = cursorParams(req);
  const result = page ? cursorPage(req, url, all, page, view.idOf) : offsetPage(req, url, all);
  if ('error' in result) return sendError(res, 400, 'InvalidPaginationParameter', result.error);
  res.json({ [key]: result.items.map((item) => view.toJson(item)), ...result.extra });
}

/** Express 5 parses queries flat, so `page[size]` arrives under that literal key. */
function cursorParams(req: Request): PageParams | undefined {
  const size = firstQuery(req.query['page[size]']);
  const after = firstQuery(req.query['page[after]']);
  const before = firstQuery(req.query['page[before]']);
  return size === undefined && after === undefined && before === undefined ? undefined : { size, after, before };
}

const encode = (id: number) => Buffer.from(`id:${id}`).toString('base64url');
const decode = (cursor: string) => {
  const match = /^id:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : NaN;
};

function cursorPage<T>(req: Request, url: string, all: T[], p: PageParams, idOf: (item: T) => number): ListPage<T> | { error: string } {
  const size = p.size === undefined ? MAX_PAGE : Number(p.size);
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) return { error: `page[size] must be between 1 and ${MAX_PAGE}` };
  let start = 0;
  let end = all.length;
  if (p.after) {
    const id = decode(p.after);
    if (Number.isNaN(id)) return { error: 'page[after] is not a valid cursor' };
    start = firstAbove(all, id, idOf);
  }
  if (p.before) {
    const id = decode(p.before);
    if (Number.isNaN(id)) return { error: 'page[before] is not a valid cursor' };
    end = firstAbove(all, id - 1, idOf);
    start = Math.max(start, end - size);
  }
  const items = all.slice(start, Math.min(end, start + size));
  const moreBefore = start > 0;
  const moreAfter = start + items.length < all.length;
  const after = items.length ? encode(idOf(items[items.length - 1])) : null;
  const before = items.length ? encode(idOf(items[0])) : null;
  const filters = otherParams(req);
  const link = (key: string, cursor: string | null, more: boolean) =>
    cursor && more ? `${url}?${queryString({ ...filters, 'page[size]': size, [key]: cursor })}` : null;
  return {
    items,
    extra: {
      meta: { has_more: p.before ? moreBefore : moreAfter, after_cursor: after, before_cursor: before },
      links: { prev: link('page[before]', before, moreBefore), next: link('page[after]', after, moreAfter) },
    },
  };
}

/** Index of the first item whose id is above `id`, in a list sorted by id. */
function firstAbove<T>(all: T[], id: number, idOf: (item: T) => number): number {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (idOf(all[mid]) <= id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function offsetPage<T>(req: Request, url: string, all: T[]): ListPage<T> | { error: string } {
  const page = Number(firstQuery(req.query.page) ?? 1);
  const perPage = Number(firstQuery(req.query.per_page) ?? MAX_PAGE);
  if (!Number.isInteger(page) || page < 1) return { error: 'page must be a positive integer' };
  if (!Number.isInteger(perPage) || perPage < 1) return { error: 'per_page must be a positive integer' };
  const size = Math.min(perPage, MAX_PAGE);
  const items = all.slice((page - 1) * size, page * size);
  const filters = otherParams(req);
  const link = (n: number) => `${url}?${queryString({ ...filters, page: n, per_page: size })}`;
  return {
    items,
    extra: {
      next_page: page * size < all.length ? link(page + 1) : null,
      previous_page: page > 1 ? link(page - 1) : null,
      count: all.length,
    },
  };
}

/** Filters the caller sent (e.g. `role`), carried into the next/prev links. */
function otherParams(req: Request): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.query)) {
    if (key === 'page' || key === 'per_page' || key.startsWith('page[')) continue;
    const text = firstQuery(value);
    if (text !== undefined) kept[key] = text;
  }
  return kept;
}
