import type { EmulatedService, ServiceContext } from '../service';
import { Database } from './data/database';
import { openServiceNowData } from './data/namespace';
import { createServiceNowRouter } from './http/router';
import { movePasswordsToUsers } from './auth/legacy';
import { seedStory } from './seed/seed';
import { writeDictionary } from './data/dictionaryRows';

/** ServiceNow: the REST APIs (Table, Aggregate, Attachment, Import Set, Batch) over the CSM and interaction tables. */
export function createServiceNowService(context: ServiceContext): EmulatedService {
  const namespace = openServiceNowData(context.store);
  const db = new Database(namespace.data);
  return {
    name: 'servicenow',
    router: createServiceNowRouter({ db, save: () => namespace.save() }),
    async seed(story) {
      await seedStory(db, story);
      await namespace.save();
    },
    async start() {
      namespace.data.attachments ??= {};
      if (await movePasswordsToUsers(db)) await namespace.save();
      // Rewritten from the schema at every start, so no save is needed here; a copy that a later
      // save writes to the data file is replaced at the next start.
      writeDictionary(db);
    },
  };
}
