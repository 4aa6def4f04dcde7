import type { Request, Response } from 'express';
import { parseQueryOptions } from '../query/options';
import { convertValue } from '../records/input';
import { etagOf, renderRow, type RenderContext } from '../records/render';
import { createRow, deleteRow, updateRow } from '../records/write';
import type { Entity, Row } from '../schema/types';
import { answerWrite, collectionContext } from './collection';
import { queryParams, sendJson, type WebApiEnv } from './env';
import { ODataError } from './errors';
import { describeKey, resolveKey, type Key } from './keys';
import { readPreferences } from './prefer';

/**
 * One record: retrieve, update or upsert (PATCH), delete, with ETags.
 * https://learn.microsoft.com/power-apps/developer/data-platform/webapi/retrieve-entity-using-web-api
 * https://learn.microsoft.com/power-apps/developer/data-platform/webapi/perform-conditional-operations-using-web-api
 */
export function retrieveRecord(env: WebApiEnv, req: Request, res: Response, entity: Entity, key: Key): void {
  const options = parseQueryOptions(env.registry, entity, queryParams(req));
  const row = existing(env, entity, key);
  const preferences = readPreferences(req);
  // Conditional retrieval: 304 when unchanged, unless $expand or annotations could hide a change.
  const ifNoneMatch = etags(req.get('If-None-Match'));
  if (ifNoneMatch.includes(etagOf(row)) && options.expand.length === 0 && !preferences.annotations) {
    res.status(304).set('OData-Version', '4.0').end();
    return;
  }
  const context: RenderContext = { db: env.db, registry: env.registry, wants: preferences.wants };
  if (preferences.annotations) res.set('Preference-Applied', `odata.include-annotations="${preferences.annotations}"`);
  sendJson(res, 200, { '@odata.context': `${collectionContext(req, entity, options)}/$entity`, ...renderRow(context, entity, row, options.select, options.expand) });
}

/**
 * PATCH is an upsert: it updates the record the key names, or creates it. `If-Match: *`
 * forbids the create (404), `If-None-Match: *` forbids the update (412), and
 * `If-Match: W/"<version>"` refuses a stale version (412).
 */
export async function upsertRecord(env: WebApiEnv, req: Request, res: Response, entity: Entity, key: Key): Promise<void> {
  if (req.body === undefined) throw ODataError.badQuery('The request body is empty.');
  const id = resolveKey(env.db, entity, key);
  const ifMatch = etags(req.get('If-Match'));
  const ifNoneMatch = etags(req.get('If-None-Match'));
  if (id) {
    if (ifNoneMatch.includes('*')) throw ODataError.duplicate();
    checkIfMatch(ifMatch, env.db.get(entity.logicalName, id)!);
    const row = updateRow(env, entity, id, req.body);
    await env.save();
    answerWrite(env, req, res, entity, row, 200);
    return;
  }
  if (ifMatch.length > 0) throw ODataError.notFound(entity.logicalName, describeKey(key));
  const row = createRow(env, entity, req.body, keyValues(entity, key));
  await env.save();
  answerWrite(env, req, res, entity, row, 201);
}

export async function deleteRecord(env: WebApiEnv, req: Request, res: Response, entity: Entity, key: Key): Promise<void> {
  const row = existing(env, entity, key);
  checkIfMatch(etags(req.get('If-Match')), row);
  deleteRow(env, entity, row[entity.primaryIdAttribute] as string);
  await env.save();
  res.status(204).set('OData-Version', '4.0').end();
}

function existing(env: WebApiEnv, entity: Entity, key: Key): Row {
  const id = resolveKey(env.db, entity, key);
  const row = id && env.db.get(entity.logicalName, id);
  if (!row) throw ODataError.notFound(entity.logicalName, describeKey(key));
  return row;
}

function checkIfMatch(ifMatch: string[], row: Row): void {
  if (ifMatch.length > 0 && !ifMatch.includes('*') && !ifMatch.includes(etagOf(row))) throw ODataError.versionMismatch();
}

/** An If-Match / If-None-Match list; `null` (which the docs advise sending) matches nothing. */
function etags(header: string | undefined): string[] {
  if (!header) return [];
  return header.split(',').map((tag) => tag.trim()).filter((tag) => tag !== '' && tag !== 'null');
}

/** The values an upsert's key gives the record it creates. */
function keyValues(entity: Entity, key: Key): Row {
  if (key.kind === 'id') return { [entity.primaryIdAttribute]: key.id };
  const values: Row = {};
  for (const [name, value] of Object.entries(key.values)) values[name] = convertValue(entity, entity.byName.get(name)!, value);
  return values;
}
