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
  router.use(createCommonPages(context), createSalesforcePages(context), createServiceNowPages(context), createTicketPages(context), createAdminPages(context));
  return { name: 'pages', router };
}
