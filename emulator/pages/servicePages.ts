import { Router } from 'express';
import type { EmulatedService, ServiceContext } from '../service';
import { createAdminPages } from './admin';
import { assetRoutes } from './common/assets';
import { loginRoutes, SERVICE_LOGIN } from './common/login';
import { pageSecurity } from './common/security';
import { createTicketPages } from './tickets';

/**
 * The pages a company deploys with the contact-center service (`npm run serve`, issue 22):
 * sign-in (nothing filled in), ticket search and import, and the admin console, where the
 * first admin (`npm run admin:create`) connects the real CRMs. The local Lightning and
 * Workspace pages and the customer simulator stay the emulator's: in production the card
 * runs inside the real CRMs.
 */
export function createServicePages(context: ServiceContext): EmulatedService {
  const router = Router();
  router.use(pageSecurity(context));
  router.get('/', (_req, res) => res.redirect(302, '/tickets'));
  router.use(assetRoutes(), loginRoutes(context, SERVICE_LOGIN), createTicketPages(context), createAdminPages(context, { serviceConsole: false }));
  return { name: 'pages', router };
}
