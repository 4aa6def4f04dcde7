import { Router } from 'express';
import type { Database } from '../data/database';
import { requireUser, versionCheck } from './middleware';
import { unknownResource, vendorErrors } from './requestErrors';
import { createTableRoutes } from './tableRoutes';

export interface ServiceNowDeps {
  db: Database;
  /** Persists the namespace; awaited before a write is answered. */
  save(): Promise<void>;
  /** The emulator's own origin, where the Batch API sends each request it carries. */
  selfUrl(): string;
}

/**
 * The instance's REST APIs under /api/now (and /api/now/v1, /v2): Table, Aggregate,
 * Attachment, Import Set and Batch. Every one checks credentials first.
 */
export function createServiceNowRouter(deps: ServiceNowDeps): Router {
  const router = Router();
  const user = requireUser(deps.db);
  router.use(['/api/now/table', '/api/now/:version/table'], versionCheck, user, createTableRoutes(deps));
  // Other REST APIs of the instance are not emulated: their URIs represent no resource here.
  router.use('/api/now', user, unknownResource);
  router.use('/api/now', vendorErrors);
  return router;
}
