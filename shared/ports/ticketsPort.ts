import type { Crm } from '../vocabulary/crmRecord';
import type { ExportPage, ExportStart } from './exportPage';

export interface TicketComment {
  id: string;
  authorId: string;
  body: string;
  public: boolean;
  createdAt: string;
  channel?: string;
}

export interface TicketRecording {
  url: string;
  durationSeconds?: number;
}

/** A ticket as the CRM exports it, with its interactions (comments) and recordings (§8.3, §8.4). */
export interface Ticket {
  crm: Crm;
  id: string;
  subject: string;
  status: string;
  channel: string;
  priority: string | null;
  requesterId: string | null;
  assigneeId: string | null;
  tags: string[];
  createdAt: string;
  updatedAt: string;
  solvedAt: string | null;
  /** The ticket in its original CRM. */
  url: string;
  comments: TicketComment[];
  recordings: TicketRecording[];
}

export interface TicketsPort {
  exportTickets(start: ExportStart): Promise<ExportPage<Ticket>>;
}
