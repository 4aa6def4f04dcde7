import { Router } from 'express';
import { sessionOf } from '../auth/sessions';
import { fail, notFound } from '../http/errors';
import type { RecordStore } from '../records/recordStore';
import { listViewDescribe, listViewResults, listViewSummary, type ListView } from '../layouts/listViews';

/**
 * `/sobjects/{Object}/listviews`, `/listviews/{id}`, `/listviews/{id}/describe` and
 * `/listviews/{id}/results` (limit 25 by default, at most 2000, and offset).
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_listviews.htm
 */
export function listViewsRouter(store: RecordStore, views: ListView[]): Router {
  const router = Router({ mergeParams: true });
  const version = (params: object) => (params as Record<string, string>).version;
  const objectOf = (name: string) => {
    const schema = store.schema(name);
    if (!schema) throw notFound();
    return schema.name;
  };
  const viewOf = (objectName: string, id: string) => {
    const object = objectOf(objectName);
    const view = views.find((v) => v.object === object && (v.id === id || v.id.slice(0, 15) === id || v.data.developerName === id));
    if (!view) throw notFound();
    return view;
  };

  router.get('/sobjects/:object/listviews', (req, res) => {
    const object = objectOf(req.params.object);
    const list = views.filter((v) => v.object === object).map((v) => listViewSummary(version(req.params), v));
    res.json({ done: true, listviews: list, nextRecordsUrl: null, size: list.length, sobjectType: object });
  });
  router.get('/sobjects/:object/listviews/:id', (req, res) => {
    res.json(listViewSummary(version(req.params), viewOf(req.params.object, req.params.id)));
  });
  router.get('/sobjects/:object/listviews/:id/describe', (req, res) => {
    res.json(listViewDescribe(viewOf(req.params.object, req.params.id)));
  });
  router.get('/sobjects/:object/listviews/:id/results', (req, res) => {
    const view = viewOf(req.params.object, req.params.id);
    const limit = req.query.limit === undefined ? 25 : Number(req.query.limit);
    const offset = req.query.offset === undefined ? 0 : Number(req.query.offset);
    if (!Number.isInteger(limit) || limit < 1 || limit > 2000) throw fail(400, 'INVALID_QUERY_PARAMETER_VALUE', `limit must be between 1 and 2000: ${String(req.query.limit)}`);
    if (!Number.isInteger(offset) || offset < 0) throw fail(400, 'INVALID_QUERY_PARAMETER_VALUE', `offset must be a non-negative integer: ${String(req.query.offset)}`);
    res.json(listViewResults(store, view, sessionOf(res.locals).userId, limit, offset));
  });
  return router;
}
