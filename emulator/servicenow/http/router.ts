import { Router } from 'express';
import type { Database } from '../data/database';
import { requireUser, versionCheck } from './middleware';
import { unknownResource, vendorErrors } from './requestErrors';
import { createAttachmentRoutes } from './attachmentRoutes';
import { createBatchRoutes } from './batchRoutes';
import { createImportRoutes } from './importRoutes';
import { createStatsRoutes } from './statsRoutes';
import { createTableRoutes } from './tableRoutes';

export interface ServiceNowDeps {
  db: Database;
  /** Persists the namespace; awaited before a write is answered. */
  save(): Promise<void>;
}

/**
 * The instance's REST APIs under /api/now (and /api/now/v1, /v2): Table, Aggregate,
 * Attachment, Import Set and Batch. Every one checks credentials first.
 */
export function createServiceNowRouter(deps: ServiceNowDeps): Router {
  const router = Router();
  const user = requireUser(deps.db);
  router.use(['/api/now/table', '/api/now/:version/table'], versionCheck, user, createTableRoutes(deps));
  router.use(['/api/now/stats', '/api/now/:version/stats'], versionCheck, user, createStatsRoutes(deps.db));
  router.use(['/api/now/attachment', '/api/now/:version/attachment'], versionCheck, user, createAttachmentRoutes(deps.db, deps.save));
  router.use(['/api/now/import', '/api/now/:version/import'], versionCheck, user, createImportRoutes(deps.db, deps.save));
  // A batch's items are requests to this router: served here, not walked through the whole emulator again.
  router.use(['/api/now/batch', '/api/now/:version/batch'], versionCheck, user, createBatchRoutes(router));
  // Other REST APIs of the instance are not emulated: their URIs represent no resource here.
  router.use('/api/now', user, unknownResource);
  router.use('/api/now', vendorErrors);
  return router;
}
