/**
 * OAuth scopes (https://developer.zendesk.com/api-reference/ticketing/oauth/oauth_tokens/#scopes):
 * `read` covers every GET, `write` every other method, and a resource scope such as
 * `tickets:read` or `users:write` covers that resource alone. A missing scope answers 403
 * `{"error":"Forbidden","description":"You are missing the following required scopes: read"}`.
 */
export const BROAD_SCOPES = ['read', 'write', 'impersonate'] as const;

/** The resources a scope can name, keyed by the first segment of the API path. */
const RESOURCES: Record<string, string> = {
  tickets: 'tickets',
  imports: 'tickets',
  ticket_fields: 'ticket_fields',
  ticket_forms: 'ticket_forms',
  satisfaction_ratings: 'satisfaction_ratings',
  uploads: 'tickets',
  attachments: 'tickets',
  users: 'users',
  organizations: 'organizations',
  organization_memberships: 'organizations',
  webhooks: 'webhooks',
  triggers: 'triggers',
  job_statuses: 'tickets',
};

export function isKnownScope(scope: string): boolean {
  if ((BROAD_SCOPES as readonly string[]).includes(scope)) return true;
  const [resource, access] = scope.split(':');
  return Object.values(RESOURCES).includes(resource) && (access === 'read' || access === 'write');
}

/** The scope this request lacks, or undefined when the token's scopes cover it. */
export function missingScope(scopes: readonly string[], method: string, path: string): string | undefined {
  const access = method === 'GET' || method === 'HEAD' ? 'read' : 'write';
  if (scopes.includes(access)) return undefined;
  const resource = RESOURCES[path.split('/').filter(Boolean)[0]?.replace(/\.json$/, '') ?? ''];
  if (resource && scopes.includes(`${resource}:${access}`)) return undefined;
  return access;
}
