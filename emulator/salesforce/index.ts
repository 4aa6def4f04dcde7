import { Router } from 'express';
import { fileURLToPath } from 'node:url';
import type { EmulatedService, ServiceContext } from '../service';
import { createAuthorizationCodes } from './auth/authorizationCodes';
import { authorizeRouter } from './auth/authorize';
import { loadConnectedApps } from './auth/connectedApps';
import { identityUrl, type AuthContext } from './auth/context';
import { hashStoredPasswords, seedCredentials } from './auth/credentials';
import { oauthRouter } from './auth/oauth';
import { bulkV2Router } from './bulk/router';
import { bulkV1Router } from './bulk/v1/router';
import { requireSession, sessionOf } from './auth/sessions';
import { allowedHosts } from './http/allowedHosts';
import { jsonBody } from './http/body';
import { dataErrors, unknownResource } from './http/requestErrors';
import { identityRouter } from './identity/identity';
import { createApiUsage } from './limits/apiUsage';
import { limitsRouter } from './limits/limits';
import { salesforceOptions, type SalesforceOptions } from './options';
import { createQueryRouter } from './query';
import { recentRouter } from './recent/recent';
import { trackViews } from './recent/recentlyViewed';
import { openSalesforceData } from './records/data';
import { createRecordService } from './records/recordService';
import { createRecordStore } from './records/recordStore';
import { asCallerInto } from './rest/asCaller';
import { compositeRouter } from './rest/composite';
import { collectionsRouter } from './rest/collections';
import { discoveryRouter } from './rest/discovery';
import { recordResourcesRouter } from './rest/recordResources';
import { sobjectsRouter } from './rest/sobjects';
import { checkVersion, VERSIONS } from './rest/versions';
import { readPackageObjects } from './schema/metadata';
import { buildRegistry } from './schema/registry';
import { seedStory } from './seed/seedStory';
import { soapRouter } from './soap/router';
import { unknownServicesRouter } from './http/unknownServices';
import { relatedListRecordsRouter } from './uiapi/relatedListRecords';
import { uiApiRouter } from './uiapi/router';

const OBJECTS_DIR = fileURLToPath(new URL('../../force-app/main/default/objects', import.meta.url));

/** The Salesforce emulation: login, REST data API, SOQL/SOSL and the UI API, on one origin. */
export function createSalesforceService(context: ServiceContext, objectsDir = OBJECTS_DIR, options: SalesforceOptions = salesforceOptions()): EmulatedService {
  const ns = openSalesforceData(context.store);
  const store = createRecordStore(ns.data, buildRegistry(readPackageObjects(objectsDir)));
  const records = createRecordService(store, ns.data);
  const save = () => ns.save();
  const auth: AuthContext = {
    store: context.store, records: store, apps: loadConnectedApps(options.connectedAppDirs), codes: createAuthorizationCodes(),
    sessionTimeoutMs: options.sessionTimeoutMs, selfUrl: context.selfUrl,
  };
  const session = requireSession(context.store, options.sessionTimeoutMs);
  const usage = createApiUsage();

  // The REST data API; Composite and Composite Batch serve their subrequests straight into it.
  const dataApi = Router();
  const asCaller = asCallerInto(dataApi);
  const router = Router();
  router.use(['/services', '/id', '/setup'], allowedHosts(context.selfUrl, options.allowedHosts));
  router.use(soapRouter(auth, records, save));
  router.use(oauthRouter(auth));
  router.use(authorizeRouter(auth));
  router.use(identityRouter(auth));
  router.get('/services/data', (_req, res) => res.json(VERSIONS));
  const data = Router({ mergeParams: true });
  data.use(checkVersion, session, usage.count, trackViews(ns.data, store), jsonBody);
  data.use(recordResourcesRouter(records, save, asCaller));
  // Queries and searches, the busiest resources, right after `?explain=` (in recordResources): not past every other resource's routes.
  data.use(createQueryRouter(store));
  data.use(discoveryRouter(store, (locals) => identityUrl(context.selfUrl(), ns.data.orgId, sessionOf(locals).userId)));
  data.use(limitsRouter(usage));
  data.use(recentRouter(ns.data, store));
  data.use(sobjectsRouter(records, save));
  data.use(collectionsRouter(records, save));
  data.use(compositeRouter(records, save, asCaller));
  data.use(uiApiRouter(records, save));
  data.use(relatedListRecordsRouter(records));
  dataApi.use('/services/data/:version/jobs', checkVersion, session, bulkV2Router(records, save));
  dataApi.use('/services/data/:version', data);
  dataApi.use('/services/data/:version', session, unknownResource);
  dataApi.use('/services/data', dataErrors);
  router.use('/services/async/:version', bulkV1Router(context.store, records, save));
  router.use(dataApi);
  router.use(unknownServicesRouter(session));

  return {
    name: 'salesforce',
    router,
    async seed(story) {
      seedStory(records, story);
      await save();
      await seedCredentials(context.store, store, story);
    },
    start: () => hashStoredPasswords(context.store),
  };
}
