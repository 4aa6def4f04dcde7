import type { RequestHandler } from 'express';
import { sessionOf } from '../auth/sessions';
import type { SalesforceData } from '../records/data';
import type { RecordStore } from '../records/recordStore';

/**
 * What a user viewed, most recent first: a record read by id through the REST API or the UI
 * API counts as a view (Salesforce keeps up to 200 per user in RecentlyViewed).
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_recent_items.htm
 */
export const MAX_RECENT = 200;

const VIEWS = [/^\/sobjects\/[^/]+\/([a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?)$/, /^\/ui-api\/records\/([a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?)$/];

export function recordViewed(data: SalesforceData, userId: string, id: string): void {
  const all = (data.recentlyViewed ??= {});
  const list = Object.hasOwn(all, userId) ? all[userId].filter((seen) => seen !== id) : [];
  all[userId] = [id, ...list].slice(0, MAX_RECENT);
}

/** Notes a successful read by id once its answer has gone out; mounted after the session check. */
export function trackViews(data: SalesforceData, store: RecordStore): RequestHandler {
  return (req, res, next) => {
    if (req.method === 'GET') {
      const id = VIEWS.map((pattern) => pattern.exec(req.path)?.[1]).find(Boolean);
      if (id) {
        res.on('finish', () => {
          const record = res.statusCode === 200 ? store.byId(id) : undefined;
          if (record && !record.IsDeleted) recordViewed(data, sessionOf(res.locals).userId, record.Id);
        });
      }
    }
    next();
  };
}
