import { Router } from 'express';
import type { EmulatedService, ServiceContext } from '../service';
import { createAdminPages } from './admin';
import { createCommonPages } from './common';
import { pageSecurity } from './common/security';
import { createSalesforcePages } from './salesforce';
import { createServiceNowPages } from './servicenow';
import { createTicketPages } from './tickets';

/**
 * The local pages: sign-in, softphone and customer simulator (common), the Lightning
 * record page (salesforce), the Agent Workspace page (servicenow), and ticket search (tickets).
 */
export function createPagesService(context: ServiceContext): EmulatedService {
  const router = Router();
  router.use(pageSecurity(context));
  // The address `npm start` serves opens the local Lightning console (after sign-in, when there is no session yet), not a JSON 404.
  router.get('/', (_req, res) => res.redirect(302, '/lightning/page/home'));
  router.use(createCommonPages(context), createSalesforcePages(context), createServiceNowPages(context), createTicketPages(context), createAdminPages(context));
  return { name: 'pages', router };
}
