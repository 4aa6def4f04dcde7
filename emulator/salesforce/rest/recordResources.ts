import { Router } from 'express';
import type { RecordService } from '../records/recordService';
import { collectionsUpsertRouter } from './collectionsUpsert';
import { upsertRouter } from './upsert';

/**
 * The REST resources beyond plain record CRUD that jsforce exposes: upsert by external id,
 * Mounted before sObject Rows so that their fixed path segments win over `{id}`.
 */
export function recordResourcesRouter(records: RecordService, save: () => Promise<void>): Router {
  const router = Router({ mergeParams: true });
  router.use(upsertRouter(records, save), collectionsUpsertRouter(records, save));
  return router;
}
