import type { Crm } from '../vocabulary/crmRecord';
import type { ExportPage, ExportStart } from './exportPage';

/** A user of the CRM's ticketing as the CRM exports it; the import rules (§8.2) judge it. */
export interface TicketUser {
  crm: Crm;
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  role: string;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface UsersPort {
  exportUsers(start: ExportStart): Promise<ExportPage<TicketUser>>;
}
