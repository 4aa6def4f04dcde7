import { Router } from 'express';
import { notFound } from '../http/errors';
import type { RecordStore } from '../records/recordStore';
import { describeCompactLayouts, describeLayout, describeLayouts, layoutIds, MASTER_RECORD_TYPE } from '../layouts/describeLayout';
import type { ObjectLayouts } from '../layouts/layoutData';

/**
 * `/sobjects/{Object}/describe/layouts` (and `/{recordTypeId}`) and `/describe/compactLayouts`
 * for the objects with layout data. https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_sobject_layouts.htm
 */
export function layoutsRouter(store: RecordStore, layouts: Map<string, ObjectLayouts>): Router {
  const router = Router({ mergeParams: true });
  const names = [...layouts.keys()];
  const find = (objectName: string) => {
    const schema = store.schema(objectName);
    const data = schema && layouts.get(schema.name);
    if (!schema || !data) throw notFound();
    return { schema, data, ids: layoutIds(names.indexOf(schema.name)) };
  };
  const version = (params: object) => (params as Record<string, string>).version;
  const resolve = (name: string) => store.schema(name);

  router.get('/sobjects/:object/describe/layouts', (req, res) => {
    const { schema, data, ids } = find(req.params.object);
    res.json(describeLayouts(version(req.params), schema, data, ids, resolve));
  });
  router.get('/sobjects/:object/describe/layouts/:recordTypeId', (req, res) => {
    const { schema, data, ids } = find(req.params.object);
    if (req.params.recordTypeId.slice(0, 15) !== MASTER_RECORD_TYPE.slice(0, 15)) throw notFound();
    res.json(describeLayout(schema, data, ids, resolve));
  });
  router.get('/sobjects/:object/describe/compactLayouts', (req, res) => {
    const { schema, data, ids } = find(req.params.object);
    res.json(describeCompactLayouts(version(req.params), schema, data, ids));
  });
  return router;
}
