import { Router } from 'express';
import { notFound } from '../http/errors';
import type { RecordStore } from '../records/recordStore';

/**
 * Describe resources for what the emulated org has not set up: quick actions and approval
 * processes. An org answers them for every object it has, with an empty list when it has none;
 * an unknown object is NOT_FOUND, as for every sObject resource.
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_sobject_quickactions.htm
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_sobject_approvallayouts.htm
 */
export function unsetDescribesRouter(store: RecordStore): Router {
  const router = Router({ mergeParams: true });
  const known = (objectName: string) => {
    if (!store.schema(objectName)) throw notFound();
  };
  router.get('/quickActions', (_req, res) => {
    res.json([]);
  });
  router.get('/sobjects/:object/quickActions', (req, res) => {
    known(req.params.object);
    res.json([]);
  });
  router.get('/sobjects/:object/describe/approvalLayouts', (req, res) => {
    known(req.params.object);
    res.json({ approvalLayouts: [] });
  });
  return router;
}
