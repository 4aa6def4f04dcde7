import { Router, type Response } from 'express';
import { sessionOf } from '../auth/sessions';
import { sendError } from '../http/errors';
import { recordBody } from '../http/body';
import type { RecordService } from '../records/recordService';
import { pickFields, toRest } from './serialize';

/**
 * sObject Rows: create (201 `{id, success, errors}`), retrieve (`?fields=`), update and
 * delete (204). https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_sobject_retrieve.htm
 */
export function sobjectsRouter(records: RecordService, save: () => Promise<void>): Router {
  const router = Router({ mergeParams: true });
  const run = async (res: Response, action: () => Promise<void>) => {
    try {
      await action();
    } catch (error) {
      sendError(res, error);
    }
  };
  router.post('/sobjects/:object', (req, res) => run(res, async () => {
    const applied = records.create(req.params.object, recordBody(req.body), sessionOf(res.locals).userId);
    await save();
    res.status(201).json({ id: applied.id, success: true, errors: [] });
  }));

  router.get('/sobjects/:object/:id', (req, res) => run(res, async () => {
    const schema = records.schemaOf(req.params.object);
    const fields = pickFields(schema, req.query.fields);
    const record = records.find(schema.name, req.params.id);
    res.json(toRest((req.params as Record<string, string>).version, schema, record, fields));
  }));

  router.patch('/sobjects/:object/:id', (req, res) => run(res, async () => {
    const schema = records.schemaOf(req.params.object);
    records.update(schema.name, records.find(schema.name, req.params.id).Id, recordBody(req.body), sessionOf(res.locals).userId);
    await save();
    res.status(204).end();
  }));

  router.delete('/sobjects/:object/:id', (req, res) => run(res, async () => {
    const schema = records.schemaOf(req.params.object);
    records.remove(schema.name, records.find(schema.name, req.params.id).Id, sessionOf(res.locals).userId);
    await save();
    res.status(204).end();
  }));
  return router;
}
