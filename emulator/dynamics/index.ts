import { Router } from 'express';
import type { EmulatedService, ServiceContext } from '../service';
import { requireToken } from './auth/bearer';
import { tokenRouter } from './auth/tokenEndpoint';
import { Database } from './data/database';
import { openDynamicsData } from './data/namespace';
import { webApiRouter } from './http/router';
import { recordPageRouter } from './pages/recordPage';
import { buildRegistry, CUSTOM_DIR } from './schema/registry';
import { seedStory } from './seed/seedStory';

/**
 * Microsoft Dynamics 365 (Dataverse): the identity platform's client-credentials token
 * endpoint, the Web API v9.x with OData queries, and the record form URL (issue 19).
 */
export function createDynamicsService(context: ServiceContext, customDir = CUSTOM_DIR): EmulatedService {
  const namespace = openDynamicsData(context.store);
  const data = () => namespace.data;
  const db = new Database(namespace.data);
  const registry = buildRegistry(customDir);
  const router = Router();
  router.use(tokenRouter(data));
  router.use(webApiRouter({ db, registry, save: () => namespace.save() }, data, requireToken(data)));
  router.use(recordPageRouter(db, registry));
  return {
    name: 'dynamics',
    router,
    async seed(story) {
      seedStory(db, registry, story);
      await namespace.save();
    },
  };
}
