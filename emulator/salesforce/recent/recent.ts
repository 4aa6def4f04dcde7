import { Router } from 'express';
import { sessionOf } from '../auth/sessions';
import type { SalesforceData } from '../records/data';
import type { RecordStore } from '../records/recordStore';
import { MAX_RECENT } from './recentlyViewed';

/**
 * `GET /services/data/vXX.X/recent?limit=n`: the user's recently viewed records, each with its
 * `attributes`, `Id` and name field.
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_recent_items.htm
 */
export function recentRouter(data: SalesforceData, store: RecordStore): Router {
  const router = Router({ mergeParams: true });
  router.get('/recent', (req, res) => {
    const version = (req.params as Record<string, string>).version;
    const asked = Number(req.query.limit);
    const limit = Number.isInteger(asked) && asked > 0 ? Math.min(asked, MAX_RECENT) : MAX_RECENT;
    const { userId } = sessionOf(res.locals);
    const ids = data.recentlyViewed && Object.hasOwn(data.recentlyViewed, userId) ? data.recentlyViewed[userId] : [];
    const items = [];
    for (const id of ids) {
      if (items.length >= limit) break;
      const record = store.byId(id);
      const schema = record && !record.IsDeleted ? store.schema(store.objectOf(id) ?? '') : undefined;
      if (!record || !schema) continue;
      const nameField = schema.fields.find((f) => f.nameField)?.name ?? 'Id';
      items.push({ attributes: { type: schema.name, url: `/services/data/${version}/sobjects/${schema.name}/${record.Id}` }, Id: record.Id, [nameField]: record[nameField] ?? null });
    }
    res.json(items);
  });
  return router;
}
