import {
  createSalesforceApi,
  createZendeskAdapters,
  salesforceTicketCases,
  salesforceTicketUsers,
  type Config,
  type Ticket,
  type TicketsPort,
  type UsersPort,
} from '../../../shared';
import type { ImportSource } from './archive';

/** What an import run reads from one CRM, and where each ticket lives there. */
export interface TicketSource {
  users: UsersPort;
  tickets: TicketsPort;
  crmUrl(ticket: Ticket): string;
}

/** Seeded credentials of the emulator's own CRMs, used when the admin configured no connection. */
const LOCAL_ZENDESK = { email: 'admin@customercard.example', apiToken: 'emulator-token' };
const LOCAL_SALESFORCE = { username: 'agent@customercard.example', password: 'emulator', clientId: 'customer-card-local', clientSecret: 'emulator-secret' };

/**
 * The import reaches each CRM through the shared/ adapters over HTTP, exactly as it would a real
 * account: the configured connection, or the emulator's own endpoints (see crm/connections.ts).
 */
export function ticketSource(source: ImportSource, config: Config, selfUrl: string, fetchImpl?: typeof fetch): TicketSource {
  const http = fetchImpl ? { fetch: fetchImpl } : undefined;
  if (source === 'zendesk') {
    const zendesk = config.connections.zendesk;
    const adapters = createZendeskAdapters({
      baseUrl: zendesk?.baseUrl ?? selfUrl,
      email: zendesk?.email ?? LOCAL_ZENDESK.email,
      apiToken: zendesk ? (zendesk.apiToken ?? '') : LOCAL_ZENDESK.apiToken,
      http,
    });
    return { users: adapters.users, tickets: adapters.tickets, crmUrl: (ticket) => ticket.url };
  }
  const salesforce = config.connections.salesforce;
  const auth = salesforce?.auth;
  const api = createSalesforceApi({
    instanceUrl: salesforce?.instanceUrl ?? selfUrl,
    apiVersion: salesforce?.apiVersion,
    accessToken: auth?.kind === 'access-token' ? auth.accessToken : undefined,
    login: !salesforce
      ? { loginUrl: selfUrl, ...LOCAL_SALESFORCE }
      : auth?.kind === 'password'
        ? { loginUrl: salesforce.instanceUrl, username: auth.username, password: `${auth.password ?? ''}${auth.securityToken ?? ''}`, clientId: auth.clientId ?? '', clientSecret: auth.clientSecret ?? '' }
        : undefined,
    http,
  });
  // The local Lightning pages answer the same record-page paths as an org's own domain.
  const pageBase = (salesforce?.instanceUrl ?? '').replace(/\/$/, '');
  return { users: salesforceTicketUsers(api), tickets: salesforceTicketCases(api), crmUrl: (ticket) => `${pageBase}${ticket.url}` };
}
