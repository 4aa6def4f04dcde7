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
import { salesforceConfig, zendeskConfig } from '../crm/adapterConfigs';
import type { ImportSource } from './archive';

/** What an import run reads from one CRM, and where each ticket lives there. */
export interface TicketSource {
  users: UsersPort;
  tickets: TicketsPort;
  crmUrl(ticket: Ticket): string;
}

/**
 * The import reaches each CRM through the shared/ adapters over HTTP, exactly as it would a real
 * account: the configured connection, or the emulator's own endpoints (see crm/connections.ts).
 */
export function ticketSource(source: ImportSource, config: Config, selfUrl: string, fetchImpl?: typeof fetch): TicketSource {
  const http = fetchImpl ? { fetch: fetchImpl } : undefined;
  if (source === 'zendesk') {
    const adapters = createZendeskAdapters(zendeskConfig(config, selfUrl, http));
    return { users: adapters.users, tickets: adapters.tickets, crmUrl: (ticket) => ticket.url };
  }
  const salesforce = config.connections.salesforce;
  const api = createSalesforceApi(salesforceConfig(config, selfUrl, http));
  // The local Lightning pages answer the same record-page paths as an org's own domain.
  const pageBase = (salesforce?.instanceUrl ?? '').replace(/\/$/, '');
  return { users: salesforceTicketUsers(api), tickets: salesforceTicketCases(api), crmUrl: (ticket) => `${pageBase}${ticket.url}` };
}
