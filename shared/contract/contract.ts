import { adminRoutes } from './admin';
import { agentRoutes } from './agents';
import { authRoutes } from './auth';
import { callRoutes } from './calls';
import { cardRoutes } from './cards';
import { configRoutes } from './config';
import { dataActionRoutes } from './dataActions';
import { eventRoutes } from './events';
import { importRoutes, pushRoutes, scheduleRoutes } from './imports';
import { interactionRoutes } from './interactions';
import { linkRoutes } from './links';
import { messageRoutes } from './messages';
import type { RouteDef } from './route';
import { ticketRoutes } from './tickets';

/** Every `/cc/v1` route by operation id: the one contract of the contact-center API. */
export const ccContract = {
  ...authRoutes,
  ...agentRoutes,
  ...eventRoutes,
  ...callRoutes,
  ...messageRoutes,
  ...interactionRoutes,
  ...linkRoutes,
  ...cardRoutes,
  ...configRoutes,
  ...adminRoutes,
  ...dataActionRoutes,
  ...importRoutes,
  ...pushRoutes,
  ...scheduleRoutes,
  ...ticketRoutes,
} as const;

export type CcContract = typeof ccContract;
export type OperationId = keyof CcContract;

export const CC_ROUTES: readonly RouteDef[] = Object.values(ccContract);
