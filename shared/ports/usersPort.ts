import type { TicketOrigin } from './ticketOrigin';
import type { ExportOptions, ExportPage, ExportStart } from './exportPage';

/** A user of the CRM's ticketing as the CRM exports it; the import rules (§8.2) judge it. */
export interface TicketUser {
  crm: TicketOrigin;
  id: string;
  name: string;
  /** Set when the CRM keeps the name in two fields (Salesforce); otherwise `name` is all there is. */
  firstName?: string | null;
  lastName?: string | null;
  email: string | null;
  phone: string | null;
  role: string;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface UsersPort {
  exportUsers(start: ExportStart, options?: ExportOptions): Promise<ExportPage<TicketUser>>;
}
