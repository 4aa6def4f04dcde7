import { Router } from 'express';
import type { RecordService } from '../records/recordService';
import { bulkErrors } from './bulkErrors';
import type { IngestJob } from './ingestJobs';
import { ingestRouter } from './ingestRouter';
import type { QueryJob } from './queryJobs';
import { queryJobsRouter } from './queryRouter';

/** Bulk API 2.0, mounted at `/services/data/vXX.X/jobs` behind the REST session check. */
export function bulkV2Router(records: RecordService, save: () => Promise<void>): Router {
  const router = Router({ mergeParams: true });
  router.use(ingestRouter(records, save, new Map<string, IngestJob>()), queryJobsRouter(records.store, new Map<string, QueryJob>()));
  router.use(bulkErrors);
  return router;
}
