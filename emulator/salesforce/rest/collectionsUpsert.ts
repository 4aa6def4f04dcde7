import { Router } from 'express';
import { sessionOf } from '../auth/sessions';
import { fail, sendError } from '../http/errors';
import { isRecordBody } from '../http/body';
import type { RecordService } from '../records/recordService';
import { notAKey, upsertRecord } from '../records/upsert';
import { isMatchKey } from '../records/matchKey';
import { runBatch } from './collections';

const MAX = 200;

/**
 * Upsert with sObject Collections: up to 200 records of the URL's object, matched on the
 * URL's External ID field, one UpsertResult per record (`created` on success) in order; a
 * key repeated in one request fails each of its rows. allOrNone rolls every row back.
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_sobjects_collections_upsert.htm
 */
export function collectionsUpsertRouter(records: RecordService, save: () => Promise<void>): Router {
  const router = Router({ mergeParams: true });
  router.patch('/composite/sobjects/:object/:field', async (req, res) => {
    try {
      const schema = records.schemaOf(req.params.object);
      const key = records.store.registry.field(schema.name, req.params.field);
      if (!key || !isMatchKey(key)) throw notAKey(req.params.field);
      const list = isRecordBody(req.body) ? req.body.records : undefined;
      if (!Array.isArray(list) || !list.every(isRecordBody)) throw fail(400, 'JSON_PARSER_ERROR', 'The request body must have a records array');
      if (list.length > MAX) throw fail(400, 'EXCEEDED_ID_LIMIT', `record limit reached. cannot submit more than ${MAX} records into this call`);
      const rows = list as Record<string, unknown>[];
      const valueOf = (row: Record<string, unknown>) => Object.entries(row).find(([name]) => name.toLowerCase() === key.name.toLowerCase())?.[1];
      const seen = new Map<string, number>();
      for (const row of rows) {
        const value = valueOf(row);
        if (value !== undefined && value !== null) seen.set(String(value).toLowerCase(), (seen.get(String(value).toLowerCase()) ?? 0) + 1);
      }
      const userId = sessionOf(res.locals).userId;
      const created = new Map<Record<string, unknown>, boolean>();
      const outcomes = runBatch(rows, req.body.allOrNone === true || req.body.allOrNone === 'true', (row) => {
        const type = (row.attributes as { type?: string } | undefined)?.type;
        if (!type || records.store.schema(type)?.name !== schema.name) throw fail(400, 'INVALID_TYPE', `Must send a concrete entity type of ${schema.name}.`);
        const value = valueOf(row);
        if ((seen.get(String(value).toLowerCase()) ?? 0) > 1) {
          throw fail(400, 'DUPLICATE_EXTERNAL_ID', `Duplicate external id specified: ${String(value)}`, [key.name]);
        }
        const { attributes: _attributes, ...values } = row;
        const done = upsertRecord(records, schema.name, key.name, value, values, userId);
        created.set(row, done.created);
        return done;
      }, () => null);
      await save();
      res.json(outcomes.map((outcome, i) => (outcome.success ? { ...outcome, created: created.get(rows[i]) ?? false } : outcome)));
    } catch (error) {
      sendError(res, error);
    }
  });
  return router;
}

