import { Router } from 'express';
import type { EmulatedService, ServiceContext } from '../service';
import { agentTicketPage } from './agent/ticketPage';
import { attachmentContentRoutes, uploadRoutes } from './attachments/routes';
import { authenticate } from './http/auth';
import { bodyErrors, jsonBody } from './http/body';
import { jsonRequestsOnly } from './http/contentType';
import { sendError } from './http/errors';
import { oauthRoutes } from './http/oauth';
import { rateLimit, rateLimitFromEnv } from './http/rateLimit';
import { incrementalRoutes } from './incremental/routes';
import { createJobs } from './jobs/jobs';
import { jobStatusRoutes } from './jobs/routes';
import { ticketBulkRoutes } from './jobs/ticketBulk';
import { userBulkRoutes } from './jobs/userBulk';
import { createState, reindex } from './model/state';
import { emptyZendeskData } from './model/types';
import { membershipRoutes } from './organizations/membershipRoutes';
import { organizationRoutes } from './organizations/routes';
import { satisfactionRoutes } from './satisfaction/routes';
import { searchRoutes } from './search/routes';
import { hashLegacySecrets, seedCredentials } from './seed/credentials';
import { seedZendesk } from './seed/seed';
import { ticketFormRoutes } from './ticketFields/forms';
import { ticketFieldRoutes } from './ticketFields/routes';
import { importRoutes } from './tickets/importRoutes';
import { ticketRoutes } from './tickets/routes';
import { tagRoutes } from './tickets/tagRoutes';
import { ticketTriggers } from './triggers/fire';
import { triggerRoutes } from './triggers/routes';
import { userRoutes } from './users/routes';
import { recordingRoutes } from './voice/recordings';
import { createDeliverer } from './webhooks/deliver';
import { webhookRoutes } from './webhooks/routes';

/** Zendesk Support's REST API under `/api/v2/`, as node-zendesk and other clients use it. */
export function createZendeskService(context: ServiceContext): EmulatedService {
  const state = createState(context.store.namespace('zendesk', emptyZendeskData));
  const jobs = createJobs();
  const deliverer = createDeliverer(state);
  const written = ticketTriggers(state, deliverer, context.selfUrl);

  const api = Router();
  api.use(rateLimit({ enforce: rateLimitFromEnv(), now: state.now }));
  api.use(authenticate(state));
  // Upload Files reads raw bytes of any type; every other write must be JSON.
  api.use(uploadRoutes(state));
  api.use(jsonRequestsOnly, jsonBody, bodyErrors);
  // Bulk paths first: `PUT /users/update_many` must not reach `PUT /users/:id`.
  api.use(userBulkRoutes(state, jobs));
  api.use(ticketBulkRoutes(state, jobs, written));
  api.use(userRoutes(state));
  api.use(ticketRoutes(state, written));
  api.use(tagRoutes(state, written));
  api.use(importRoutes(state, jobs));
  api.use(organizationRoutes(state));
  api.use(membershipRoutes(state));
  api.use(searchRoutes(state));
  api.use(incrementalRoutes(state));
  api.use(oauthRoutes(state));
  api.use(jobStatusRoutes(jobs));
  api.use(webhookRoutes(state, deliverer));
  api.use(triggerRoutes(state));
  api.use(ticketFieldRoutes(state));
  api.use(ticketFormRoutes(state));
  api.use(satisfactionRoutes(state));
  api.use((_req, res) => sendError(res, 404, 'InvalidEndpoint', 'Not found'));

  const router = Router();
  router.use(recordingRoutes(state));
  router.use(agentTicketPage(state));
  router.use(attachmentContentRoutes(state));
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
    async stop() {
      await Promise.all([jobs.idle(), deliverer.idle()]);
    },
  };
}
