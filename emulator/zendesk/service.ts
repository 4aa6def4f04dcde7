import { Router } from 'express';
import type { EmulatedService, ServiceContext } from '../service';
import { authenticate } from './http/auth';
import { bodyErrors, jsonBody } from './http/body';
import { sendError } from './http/errors';
import { oauthRoutes } from './http/oauth';
import { rateLimit, rateLimitFromEnv } from './http/rateLimit';
import { jsonRequestsOnly } from './http/contentType';
import { incrementalRoutes } from './incremental/routes';
import { createState, reindex } from './model/state';
import { emptyZendeskData } from './model/types';
import { organizationRoutes } from './organizations/routes';
import { searchRoutes } from './search/routes';
import { seedZendesk } from './seed/seed';
import { hashLegacySecrets, seedCredentials } from './seed/credentials';
import { importRoutes } from './tickets/importRoutes';
import { ticketRoutes } from './tickets/routes';
import { userRoutes } from './users/routes';
import { recordingRoutes } from './voice/recordings';
import { agentTicketPage } from './agent/ticketPage';

/** Zendesk Support's REST API under `/api/v2/`, as node-zendesk and other clients use it. */
export function createZendeskService(context: ServiceContext): EmulatedService {
  const state = createState(context.store.namespace('zendesk', emptyZendeskData));

  const api = Router();
  api.use(rateLimit({ enforce: rateLimitFromEnv(), now: state.now }));
  api.use(authenticate(state));
  api.use(jsonRequestsOnly, jsonBody, bodyErrors);
  api.use(userRoutes(state));
  api.use(ticketRoutes(state));
  api.use(importRoutes(state));
  api.use(organizationRoutes(state));
  api.use(searchRoutes(state));
  api.use(incrementalRoutes(state));
  api.use(oauthRoutes(state));
  api.use((_req, res) => sendError(res, 404, 'InvalidEndpoint', 'Not found'));

  const router = Router();
  router.use(recordingRoutes(state));
  router.use(agentTicketPage(state));
  router.use('/api/v2', api);

  return {
    name: 'zendesk',
    router,
    async seed(story) {
      seedZendesk(state, story);
      await seedCredentials(state, story.crmUsers.zendesk);
      await state.save();
    },
    async start() {
      if (await hashLegacySecrets(state)) await state.save();
      reindex(state);
    },
  };
}
