import type { Request } from 'express';
import { parseEncodedQuery, type EncodedQuery } from '../query/parse';
import { resolvePath } from '../query/path';
import type { Page } from '../query/run';
import type { DisplayValueMode, RenderOptions } from '../records/render';

/** sysparm_limit's documented default. */
export const DEFAULT_LIMIT = 10_000;

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined);
const flag = (value: unknown): boolean => text(value)?.toLowerCase() === 'true';

/**
 * Express 5 parses the query string again on every read of `req.query`; a list request reads
 * a dozen parameters, and an IVR lookup's sysparm_query runs to kilobytes: parsed once per request.
 */
const parsedQueries = new WeakMap<Request, Record<string, unknown>>();
function queryOf(req: Request): Record<string, unknown> {
  let query = parsedQueries.get(req);
  if (!query) parsedQueries.set(req, (query = req.query as Record<string, unknown>));
  return query;
}

export function param(req: Request, name: string): string | undefined {
  return text(queryOf(req)[name]);
}

export const requestOrigin = (req: Request): string => `${req.protocol}://${req.get('host')}`;

export function renderOptions(req: Request): RenderOptions {
  const mode = param(req, 'sysparm_display_value')?.toLowerCase();
  return {
    displayValue: (mode === 'true' || mode === 'all' ? mode : 'false') as DisplayValueMode,
    excludeReferenceLink: flag(param(req, 'sysparm_exclude_reference_link')),
    fields: (param(req, 'sysparm_fields') ?? '').split(',').map((f) => f.trim()).filter(Boolean),
    origin: requestOrigin(req),
  };
}

export function page(req: Request): Page {
  const limit = Number.parseInt(param(req, 'sysparm_limit') ?? '', 10);
  const offset = Number.parseInt(param(req, 'sysparm_offset') ?? '', 10);
  return { limit: Number.isFinite(limit) && limit > 0 ? limit : DEFAULT_LIMIT, offset: Number.isFinite(offset) && offset > 0 ? offset : 0 };
}

/**
 * sysparm_query plus the documented name-value pair filters (`&active=true`), which add an
 * equality condition on a field of the table.
 */
export function listQuery(req: Request, table: string): EncodedQuery {
  const query = parseEncodedQuery(param(req, 'sysparm_query'));
  const pairs = Object.keys(queryOf(req))
    .filter((name) => !name.startsWith('sysparm_') && resolvePath(table, name))
    .map((field) => [{ field, operator: '=' as const, value: param(req, field) ?? '' }]);
  if (pairs.length === 0) return query;
  const groups = query.groups.length > 0 ? query.groups : [[]];
  return { ...query, groups: groups.map((group) => [...group, ...pairs]) };
}

/** sysparm_view: desktop, mobile or both; anything else renders every field. */
export function view(req: Request): RenderOptions['view'] {
  const name = param(req, 'sysparm_view')?.toLowerCase();
  return name === 'desktop' || name === 'mobile' || name === 'both' ? name : undefined;
}

/** sysparm_no_count=true skips the count: no X-Total-Count and no last page. */
export const noCount = (req: Request): boolean => flag(param(req, 'sysparm_no_count'));
export const inputDisplayValue = (req: Request): boolean => flag(param(req, 'sysparm_input_display_value'));
export const suppressPagination = (req: Request): boolean => flag(param(req, 'sysparm_suppress_pagination_header'));
export const noResponseBody = (req: Request): boolean => req.get('x-no-response-body')?.toLowerCase() === 'true';
