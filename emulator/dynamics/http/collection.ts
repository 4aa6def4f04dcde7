import type { Request, Response } from 'express';
import { findRows } from '../query/run';
import { parseQueryOptions, type QueryOptions } from '../query/options';
import { contextSelect, renderRow, type RenderContext } from '../records/render';
import { createRow } from '../records/write';
import type { Entity } from '../schema/types';
import { queryParams, sendJson, serviceRoot, type WebApiEnv } from './env';
import { ODataError } from './errors';
import { pageOf } from './paging';
import { MAX_PAGE_SIZE, preferenceApplied, readPreferences } from './prefer';

/**
 * GET on an entity set: filter, order, then one page. `$top` limits the rows unless a max
 * page size is asked for (then `$top` is ignored, as documented); `$count=true` counts up
 * to 5,000 rows.
 * https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/overview
 */
export function listRows(env: WebApiEnv, req: Request, res: Response, entity: Entity): void {
  const options = parseQueryOptions(env.registry, entity, queryParams(req));
  const preferences = readPreferences(req);
  const rows = findRows(env.db, entity, options.filter, options.orderBy);
  const paged = preferences.maxPageSize !== undefined || options.top === undefined;
  const { page, next } = paged
    ? pageOf(rows, entity.primaryIdAttribute, preferences.maxPageSize ?? MAX_PAGE_SIZE, options.skiptoken)
    : { page: rows.slice(0, Math.min(options.top!, MAX_PAGE_SIZE)), next: undefined };
  const context: RenderContext = { db: env.db, registry: env.registry, wants: preferences.wants };
  const body: Record<string, unknown> = { '@odata.context': collectionContext(req, entity, options) };
  if (options.count) body['@odata.count'] = Math.min(rows.length, MAX_PAGE_SIZE);
  if (preferences.wants('Microsoft.Dynamics.CRM.totalrecordcount')) body['@Microsoft.Dynamics.CRM.totalrecordcount'] = options.count ? Math.min(rows.length, MAX_PAGE_SIZE) : -1;
  if (preferences.wants('Microsoft.Dynamics.CRM.totalrecordcountlimitexceeded')) body['@Microsoft.Dynamics.CRM.totalrecordcountlimitexceeded'] = rows.length > MAX_PAGE_SIZE;
  body.value = page.map((row) => renderRow(context, entity, row, options.select, options.expand));
  if (next) body['@odata.nextLink'] = nextLink(req, next);
  const applied = preferenceApplied(preferences, paged);
  if (applied) res.set('Preference-Applied', applied);
  sendJson(res, 200, body);
}

/** GET `<set>/$count`: the number alone, as text/plain. */
export function countRows(env: WebApiEnv, req: Request, res: Response, entity: Entity): void {
  const options = parseQueryOptions(env.registry, entity, queryParams(req));
  const total = findRows(env.db, entity, options.filter, []).length;
  res.status(200).set('OData-Version', '4.0').type('text/plain').send(String(Math.min(total, MAX_PAGE_SIZE)));
}

/**
 * POST on an entity set: 204 with the new record's URL in OData-EntityId, or 201 with the
 * record when `Prefer: return=representation` asks for it.
 * https://learn.microsoft.com/power-apps/developer/data-platform/webapi/create-entity-web-api
 */
export async function createRecord(env: WebApiEnv, req: Request, res: Response, entity: Entity): Promise<void> {
  if (req.body === undefined) throw ODataError.badQuery('The request body is empty.');
  const row = createRow(env, entity, req.body);
  await env.save();
  answerWrite(env, req, res, entity, row, 201);
}

/** The answer to a create, update or upsert: OData-EntityId, then 204 or the representation. */
export function answerWrite(env: WebApiEnv, req: Request, res: Response, entity: Entity, row: Record<string, unknown>, representationStatus: number): void {
  const id = String(row[entity.primaryIdAttribute]);
  res.set('OData-EntityId', `${serviceRoot(req)}/${entity.entitySetName}(${id})`);
  const preferences = readPreferences(req);
  if (!preferences.returnRepresentation) {
    res.status(204).set('OData-Version', '4.0').end();
    return;
  }
  const options = parseQueryOptions(env.registry, entity, queryParams(req));
  const context: RenderContext = { db: env.db, registry: env.registry, wants: preferences.wants };
  res.set('Preference-Applied', 'return=representation');
  sendJson(res, representationStatus, {
    '@odata.context': `${collectionContext(req, entity, options)}/$entity`,
    ...renderRow(context, entity, row as never, options.select, options.expand),
  });
}

export function collectionContext(req: Request, entity: Entity, options: Pick<QueryOptions, 'select' | 'expand'>): string {
  const select = contextSelect(options.select, options.expand);
  return `${serviceRoot(req)}/$metadata#${entity.entitySetName}${select ? `(${select})` : ''}`;
}

/** The request's own URL with its other options kept as sent and a new `$skiptoken`. */
function nextLink(req: Request, token: string): string {
  const url = req.originalUrl;
  const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
  const kept = query.split('&').filter((part) => part !== '' && !part.startsWith('$skiptoken=') && !part.startsWith('%24skiptoken='));
  kept.push(`$skiptoken=${encodeURIComponent(token)}`);
  return `${serviceRoot(req)}${req.path}?${kept.join('&')}`;
}
