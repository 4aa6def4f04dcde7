import { Router } from 'express';
import type { RecordService } from '../records/recordService';
import { readLayoutData } from '../layouts/layoutData';
import { buildListViews, listViewQuery } from '../layouts/listViews';
import { collectionsUpsertRouter } from './collectionsUpsert';
import type { AsCaller } from './asCaller';
import { compositeBatchRouter } from './compositeBatch';
import { compositeTreeRouter } from './compositeTree';
import { explainRouter } from './explain';
import { layoutsRouter } from './layouts';
import { listViewsRouter } from './listViews';
import { unsetDescribesRouter } from './unsetDescribes';
import { replicationRouter } from './replication';
import { traversalRouter } from './traversal';
import { upsertRouter } from './upsert';

/**
 * The REST resources beyond plain record CRUD that jsforce exposes: upsert by external id,
 * updated/deleted, layouts, quick actions and approval layouts, list views, relationship traversal, sObject Tree, Composite Batch
 * and query plans. Mounted before sObject Rows so that their fixed path segments win over `{id}`.
 */
export function recordResourcesRouter(records: RecordService, save: () => Promise<void>, asCaller: AsCaller): Router {
  const layouts = readLayoutData();
  const views = buildListViews(records.store, layouts);
  const router = Router({ mergeParams: true });
  router.use(
    // The busiest first (query plans pass every other query on to the query router mounted next): each path belongs to one router only.
    explainRouter(records.store, (id) => {
      const view = views.find((v) => v.id === id || v.id.slice(0, 15) === id);
      return view && listViewQuery(view);
    }),
    compositeBatchRouter(asCaller),
    replicationRouter(records),
    layoutsRouter(records.store, layouts),
    unsetDescribesRouter(records.store),
    listViewsRouter(records.store, views),
    upsertRouter(records, save),
    traversalRouter(records),
    collectionsUpsertRouter(records, save),
    compositeTreeRouter(records, save),
  );
  return router;
}
