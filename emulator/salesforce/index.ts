import { Router } from 'express';
import { fileURLToPath } from 'node:url';
import type { EmulatedService, ServiceContext } from '../service';
import { oauthRouter } from './auth/oauth';
import { bulkV2Router } from './bulk/router';
import { bulkV1Router } from './bulk/v1/router';
import { requireSession } from './auth/sessions';
import { soapLoginRouter } from './auth/soapLogin';
import { jsonBody, limitInfo } from './http/body';
import { dataErrors, unknownResource } from './http/requestErrors';
import { createQueryRouter } from './query';
import { openSalesforceData } from './records/data';
import { createRecordService } from './records/recordService';
import { createRecordStore } from './records/recordStore';
import { compositeRouter } from './rest/composite';
import { collectionsRouter } from './rest/collections';
import { discoveryRouter } from './rest/discovery';
import { recordResourcesRouter } from './rest/recordResources';
import { sobjectsRouter } from './rest/sobjects';
import { checkVersion, VERSIONS } from './rest/versions';
import { readPackageObjects } from './schema/metadata';
import { buildRegistry } from './schema/registry';
import { seedStory } from './seed/seedStory';
import { relatedListRecordsRouter } from './uiapi/relatedListRecords';
import { uiApiRouter } from './uiapi/router';

const OBJECTS_DIR = fileURLToPath(new URL('../../force-app/main/default/objects', import.meta.url));

/** The Salesforce emulation: login, REST data API, SOQL/SOSL and the UI API, on one origin. */
export function createSalesforceService(context: ServiceContext, objectsDir = OBJECTS_DIR): EmulatedService {
  const ns = openSalesforceData(context.store);
  const store = createRecordStore(ns.data, buildRegistry(readPackageObjects(objectsDir)));
  const records = createRecordService(store, ns.data);
  const save = () => ns.save();
  const session = requireSession(context.store);

  const router = Router();
  router.use(soapLoginRouter(context.store, store));
  router.use(oauthRouter(context.store, store));
  router.get('/services/data', (_req, res) => res.json(VERSIONS));
  const data = Router({ mergeParams: true });
  data.use(limitInfo(), checkVersion, session, jsonBody);
  data.use(discoveryRouter(store));
  data.use(recordResourcesRouter(records, save, context.selfUrl));
  data.use(sobjectsRouter(records, save));
  data.use(collectionsRouter(records, save));
  data.use(compositeRouter(records, save, context.selfUrl));
  data.use(uiApiRouter(records, save));
  data.use(relatedListRecordsRouter(records));
  router.use('/services/data/:version/jobs', checkVersion, session, bulkV2Router(records, save));
  router.use('/services/async/:version', bulkV1Router(context.store, records, save));
  router.use('/services/data/:version', data);
  router.use('/services/data/:version', session, createQueryRouter(store));
  router.use('/services/data/:version', session, unknownResource);
  router.use('/services/data', dataErrors);

  return {
    name: 'salesforce',
    router,
    async seed(story) {
      seedStory(records, ns.data, story);
      await save();
    },
  };
}
