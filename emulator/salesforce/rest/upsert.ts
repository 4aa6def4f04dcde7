import { Router, type Request, type Response } from 'express';
import { sessionOf } from '../auth/sessions';
import { recordBody } from '../http/body';
import { notFound, sendError } from '../http/errors';
import { isIdShape } from '../ids/salesforceId';
import type { RecordService } from '../records/recordService';
import { MultipleMatches, notAKey, upsertRecord } from '../records/upsert';
import { isMatchKey, matchingIds } from '../records/matchKey';
import { pickFields, toRest } from './serialize';

const versionOf = (req: Request) => (req.params as Record<string, string>).version;
/** `created` joined the upsert response in API 46.0; before it an update answered 204. */
const reportsCreated = (version: string) => Number(version.slice(1)) >= 46;

/** 300 Multiple Choices: the URLs of the records the value matches. */
function multipleChoices(res: Response, version: string, error: MultipleMatches): void {
  res.status(300).json(error.ids.map((id) => `/services/data/${version}/sobjects/${error.objectName}/${id}`));
}

/**
 * sObject Rows by External ID: upsert with PATCH, read and delete by the key, and the POST to
 * `/sobjects/{Object}/Id` that creates (Id as the key with a null value).
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_sobject_upsert.htm
 */
export function upsertRouter(records: RecordService, save: () => Promise<void>): Router {
  const router = Router({ mergeParams: true });
  const run = async (res: Response, version: string, action: () => Promise<void>) => {
    try {
      await action();
    } catch (error) {
      if (error instanceof MultipleMatches) multipleChoices(res, version, error);
      else sendError(res, error);
    }
  };
  /** The one live record the key names (NOT_FOUND for none, 300 for several). */
  const byKey = (objectName: string, fieldName: string, value: string) => {
    const schema = records.schemaOf(objectName);
    const field = records.store.registry.field(schema.name, fieldName);
    if (!field || !isMatchKey(field)) throw notAKey(fieldName);
    const ids = matchingIds(records.store, schema.name, field, value);
    if (ids.length > 1) throw new MultipleMatches(schema.name, field.name, ids);
    if (ids.length === 0) throw notFound();
    return { schema, record: records.find(schema.name, ids[0]) };
  };

  router.patch('/sobjects/:object/:field/:value', (req, res) => run(res, versionOf(req), async () => {
    const version = versionOf(req);
    const done = upsertRecord(records, req.params.object, req.params.field, req.params.value, recordBody(req.body), sessionOf(res.locals).userId);
    await save();
    if (!reportsCreated(version)) {
      if (done.created) res.status(201).json({ id: done.id, success: true, errors: [] });
      else res.status(204).end();
      return;
    }
    res.status(done.created ? 201 : 200).json({ id: done.id, success: true, errors: [], created: done.created });
  }));

  router.post('/sobjects/:object/:field', (req, res, next) => {
    if (req.params.field !== 'Id') return next();
    return run(res, versionOf(req), async () => {
      const applied = records.create(req.params.object, recordBody(req.body), sessionOf(res.locals).userId);
      await save();
      res.status(201).json({ id: applied.id, success: true, errors: [] });
    });
  });

  router.get('/sobjects/:object/:field/:value', (req, res, next) => {
    // `/sobjects/Account/{id}/Contacts` is a relationship, not a key.
    if (isIdShape(req.params.field) && records.store.objectOf(req.params.field) === records.store.schema(req.params.object)?.name) return next();
    return run(res, versionOf(req), async () => {
      const { schema, record } = byKey(req.params.object, req.params.field, req.params.value);
      res.json(toRest(versionOf(req), schema, record, pickFields(schema, req.query.fields)));
    });
  });

  router.delete('/sobjects/:object/:field/:value', (req, res) => run(res, versionOf(req), async () => {
    const { schema, record } = byKey(req.params.object, req.params.field, req.params.value);
    records.remove(schema.name, record.Id, sessionOf(res.locals).userId);
    await save();
    res.status(204).end();
  }));
  return router;
}
