import { Router, type RequestHandler } from 'express';
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

const under = (api: string) => [`/api/now/${api}`, `/api/now/:version/${api}`];

/** A scoped application's namespace (`x_`, `sn_`, `global`); other `/api/` paths belong to the other emulated parts. */
const scriptedRestScope: RequestHandler = (req, _res, next) => {
  const { scope } = req.params as Record<string, string>;
  next(scope === 'global' || scope.startsWith('x_') || scope.startsWith('sn_') ? undefined : 'router');
};

/**
 * The instance's REST APIs under /api/now (and /api/now/v1, /v2): Table, Aggregate,
 * Attachment, Import Set and Batch. Every one checks credentials first.
 */
export function createServiceNowRouter(deps: ServiceNowDeps): Router {
  const apis: [paths: string[], api: RequestHandler][] = [
    [under('table'), createTableRoutes(deps)],
    [under('stats'), createStatsRoutes(deps.db)],
    [under('attachment'), createAttachmentRoutes(deps.db, deps.save)],
    [under('import'), createImportRoutes(deps.db, deps.save)],
  ];
  const router = Router();
  const user = requireUser(deps.db);
  for (const [paths, api] of apis) router.use(paths, versionCheck, user, api);
  router.use(under('batch'), versionCheck, user, createBatchRoutes(batchItems(apis)));
  // Other REST APIs of the instance are not emulated: their URIs represent no resource here.
  router.use('/api/now', user, unknownResource);
  // Scripted REST APIs live under their application's scope (`/api/x_acme_app/...`, `/api/sn_.../`,
  // `/api/global/...`); none is installed here, so their URIs represent no resource either.
  router.use('/api/:scope', scriptedRestScope, user, unknownResource);
  router.use(['/api/now', '/api/:scope'], vendorErrors);
  return router;
}

/**
 * Where a batch's items are served: the same APIs, run as the batch's user, whose credentials
 * were checked once for the whole batch (the batch hands each item its user): not signed in
 * again per item, and not walked through the whole emulator.
 */
function batchItems(apis: [paths: string[], api: RequestHandler][]): Router {
  const items = Router();
  for (const [paths, api] of apis) items.use(paths, versionCheck, api);
  items.use('/api/now', unknownResource);
  items.use('/api/now', vendorErrors);
  return items;
}
