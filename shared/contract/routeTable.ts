import type { OperationId } from './contract';
import type { HttpMethod, RouteAccess } from './route';

/** Where an operation lives: all the client needs of a route at run time. */
export interface RouteLocation {
  method: HttpMethod;
  /** OpenAPI-style path under `/cc/v1`, e.g. `/interactions/{id}/links`. */
  path: string;
  access: RouteAccess;
}

/**
 * Every `/cc/v1` operation's method, path and access, without its zod schemas, so a browser
 * bundle of the client carries no zod. The contract stays the source of truth: the types
 * demand exactly its operation ids, and routeTable.test.ts checks each entry against it.
 */
export const ccRouteTable: Readonly<Record<OperationId, RouteLocation>> = {
  signIn: { method: 'post', path: '/auth/token', access: 'public' },
  signOut: { method: 'post', path: '/auth/logout', access: 'agent' },
  listAgents: { method: 'get', path: '/agents', access: 'agent' },
  putRoutingSetup: { method: 'put', path: '/routing-setup', access: 'admin' },
  getMe: { method: 'get', path: '/agents/me', access: 'agent' },
  getAgent: { method: 'get', path: '/agents/{id}', access: 'agent' },
  setAgentState: { method: 'put', path: '/agents/{id}/state', access: 'agent' },
  setAgentFocus: { method: 'put', path: '/agents/{id}/focus', access: 'agent' },
  agentEvents: { method: 'get', path: '/agents/{id}/events', access: 'agent' },
  placeCall: { method: 'post', path: '/calls', access: 'agent' },
  giveIdentifier: { method: 'post', path: '/interactions/{id}/ivr/identifier', access: 'agent' },
  queueAsIs: { method: 'post', path: '/interactions/{id}/ivr/route', access: 'agent' },
  startDigitalInteraction: { method: 'post', path: '/interactions', access: 'agent' },
  postMessage: { method: 'post', path: '/interactions/{id}/messages', access: 'agent' },
  listInteractions: { method: 'get', path: '/interactions', access: 'agent' },
  getInteraction: { method: 'get', path: '/interactions/{id}', access: 'agent' },
  markVisited: { method: 'post', path: '/interactions/{id}/visited', access: 'agent' },
  answerInteraction: { method: 'post', path: '/interactions/{id}/answer', access: 'agent' },
  hangUp: { method: 'post', path: '/interactions/{id}/hangup', access: 'agent' },
  completeAfterCallWork: { method: 'post', path: '/interactions/{id}/acw/complete', access: 'agent' },
  acceptInteraction: { method: 'post', path: '/interactions/{id}/accept', access: 'agent' },
  closeInteraction: { method: 'post', path: '/interactions/{id}/close', access: 'agent' },
  pickCandidate: { method: 'post', path: '/interactions/{id}/pick', access: 'agent' },
  unassignInteraction: { method: 'post', path: '/interactions/{id}/unassign', access: 'agent' },
  transferInteraction: { method: 'post', path: '/interactions/{id}/transfer', access: 'agent' },
  listLinks: { method: 'get', path: '/interactions/{id}/links', access: 'agent' },
  createLink: { method: 'post', path: '/interactions/{id}/links', access: 'agent' },
  deleteLink: { method: 'delete', path: '/interactions/{id}/links/{linkId}', access: 'agent' },
  retryWriteBack: { method: 'post', path: '/interactions/{id}/links/{linkId}/retry', access: 'agent' },
  searchCards: { method: 'get', path: '/cards', access: 'agent' },
  getCard: { method: 'get', path: '/cards/{id}', access: 'agent' },
  findDuplicates: { method: 'get', path: '/cards/{id}/duplicates', access: 'agent' },
  mergeCards: { method: 'post', path: '/cards/{id}/merge', access: 'agent' },
  getCardAudit: { method: 'get', path: '/cards/{id}/audit', access: 'agent' },
  getConfig: { method: 'get', path: '/config', access: 'agent' },
  putConfig: { method: 'put', path: '/config', access: 'admin' },
  listConfigVersions: { method: 'get', path: '/config/versions', access: 'admin' },
  getConfigVersion: { method: 'get', path: '/config/versions/{version}', access: 'admin' },
  rollbackConfig: { method: 'post', path: '/config/versions/{version}/rollback', access: 'admin' },
  getConfigDraft: { method: 'get', path: '/config/draft', access: 'admin' },
  putConfigDraft: { method: 'put', path: '/config/draft', access: 'admin' },
  discardConfigDraft: { method: 'delete', path: '/config/draft', access: 'admin' },
  publishConfigDraft: { method: 'post', path: '/config/draft/publish', access: 'admin' },
  getConfigAudit: { method: 'get', path: '/config/audit', access: 'agent' },
  testLookup: { method: 'post', path: '/admin/test/lookup', access: 'admin' },
  testConnection: { method: 'post', path: '/admin/test/connection', access: 'admin' },
  testDataAction: { method: 'post', path: '/admin/test/data-action', access: 'admin' },
  startImport: { method: 'post', path: '/imports', access: 'admin' },
  listImports: { method: 'get', path: '/imports', access: 'admin' },
  getImport: { method: 'get', path: '/imports/{id}', access: 'admin' },
  purgeExpiredTickets: { method: 'post', path: '/tickets/retention', access: 'admin' },
  createPushSource: { method: 'post', path: '/imports/sources', access: 'admin' },
  listPushSources: { method: 'get', path: '/imports/sources', access: 'admin' },
  rotatePushSourceKey: { method: 'post', path: '/imports/sources/{id}/key', access: 'admin' },
  pushImport: { method: 'post', path: '/imports/push', access: 'source-key' },
  listImportSchedules: { method: 'get', path: '/imports/schedules', access: 'admin' },
  putImportSchedule: { method: 'put', path: '/imports/schedules/{source}', access: 'admin' },
  searchTickets: { method: 'get', path: '/tickets', access: 'agent' },
  suggestTicketPeople: { method: 'get', path: '/tickets/people', access: 'agent' },
  getTicketPreferences: { method: 'get', path: '/tickets/preferences', access: 'agent' },
  putTicketPreferences: { method: 'put', path: '/tickets/preferences', access: 'agent' },
  getTicket: { method: 'get', path: '/tickets/{id}', access: 'agent' },
};
