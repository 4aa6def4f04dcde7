import { Router } from 'express';
import type { ServiceContext } from '../../service';
import { assetRoutes } from './assets';
import { loginRoutes } from './login';
import { requirePageSession } from './session';
import { simulatorRoutes } from './simulator';

export { requirePageSession, pageAgent } from './session';
export { escapeHtml, renderPage } from './html';

/**
 * Pages every CRM's local page shares: sign-in, the customer simulator, and the static
 * assets (SLDS, the softphone module other pages embed).
 */
export function createCommonPages(context: ServiceContext): Router {
  const router = Router();
  router.use(assetRoutes(), loginRoutes(context), simulatorRoutes(requirePageSession(context)));
  return router;
}
