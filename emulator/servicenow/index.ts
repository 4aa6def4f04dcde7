import type { EmulatedService, ServiceContext } from '../service';
import { Database } from './data/database';
import { openServiceNowData } from './data/namespace';
import { createTableRouter } from './http/router';
import { seedStory } from './seed/seed';

/** ServiceNow: the REST Table API over the CSM and interaction tables (issue 5). */
export function createServiceNowService(context: ServiceContext): EmulatedService {
  const namespace = openServiceNowData(context.store);
  const db = new Database(namespace.data);
  return {
    name: 'servicenow',
    router: createTableRouter({ db, save: () => namespace.save() }),
    async seed(story) {
      seedStory(db, story);
      await namespace.save();
    },
  };
}
