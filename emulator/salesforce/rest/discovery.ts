import { Router } from 'express';
import { notFound, sendError } from '../http/errors';
import type { RecordStore } from '../records/recordStore';
import { describeObject, globalEntry } from './describe';

/**
 * Resources by version, describeGlobal, sObject Basic Information and sObject Describe.
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_list.htm
 */
export function discoveryRouter(store: RecordStore, identityOf: (locals: Record<string, unknown>) => string): Router {
  const router = Router({ mergeParams: true });
  const version = (params: Record<string, string>) => params.version;

  router.get('/', (req, res) => {
    const base = `/services/data/${version(req.params)}`;
    const names = ['sobjects', 'query', 'queryAll', 'search', 'parameterizedSearch', 'composite', 'ui-api', 'limits', 'recent'];
    // `identity` is the absolute identity URL of the session's user (jsforce's conn.identity() reads it).
    res.json({ ...Object.fromEntries(names.map((n) => [n, `${base}/${n}`])), identity: identityOf(res.locals) });
  });

  router.get('/sobjects', (req, res) => {
    res.json({ encoding: 'UTF-8', maxBatchSize: 200, sobjects: store.schemas().map((s) => globalEntry(version(req.params), s)) });
  });

  router.get('/sobjects/:object', (req, res) => {
    const schema = store.schema(req.params.object);
    if (!schema) return sendError(res, notFound());
    res.json({ objectDescribe: globalEntry(version(req.params), schema), recentItems: [] });
  });

  router.get('/sobjects/:object/describe', (req, res) => {
    const schema = store.schema(req.params.object);
    if (!schema) return sendError(res, notFound());
    res.json(describeObject(version(req.params), schema));
  });
  return router;
}
