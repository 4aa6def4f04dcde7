import { CC_ROUTES } from '../../../shared/contract';
import type { EmulatedService } from '../../../emulator/service';
import { mountedRoutesWithPaths } from '../../support/expressRoutes';

/** One route to fuzz: its method, its Express path (`:param`), and which API it belongs to. */
export interface FuzzRoute {
  method: string;
  path: string;
  api: ApiName;
}

export type ApiName = 'salesforce' | 'servicenow' | 'zendesk' | 'dynamics' | 'contact-center' | 'pages' | 'other';

/** The API a path belongs to, which decides the credentials a request carries. */
export function apiOf(path: string): ApiName {
  if (path.startsWith('/cc/v1')) return 'contact-center';
  if (/^\/(services|id|setup)\//.test(path)) return 'salesforce';
  if (path.startsWith('/api/now')) return 'servicenow';
  if (path.startsWith('/api/v2') || path.startsWith('/agent/')) return 'zendesk';
  if (path.startsWith('/api/data') || path.includes('/oauth2/v2.0/') || path === '/main.aspx') return 'dynamics';
  if (path.startsWith('/demo-services')) return 'other';
  return 'pages';
}

/**
 * Every route of every API the emulator serves: the /cc/v1 routes from the contract, the
 * others read off the Express routers (built after `recordMountPaths()`), plus the emulator's
 * own /health and ops routes.
 */
export function everyRoute(services: EmulatedService[]): FuzzRoute[] {
  const contract = CC_ROUTES.map((r) => ({ method: r.method, path: `/cc/v1${r.path.replace(/\{(\w+)\}/g, ':$1')}` }));
  const mounted = services.filter((s) => s.name !== 'contact-center').flatMap((s) => mountedRoutesWithPaths(s.router));
  const own = ['/health', '/healthz', '/readyz', '/metrics'].map((path) => ({ method: 'get', path }));
  return [...contract, ...mounted, ...own].map((r) => ({ ...r, api: apiOf(r.path) }));
}
