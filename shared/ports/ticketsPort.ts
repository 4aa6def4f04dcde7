import type { TicketOrigin } from './ticketOrigin';
import type { ExportOptions, ExportPage, ExportStart } from './exportPage';

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
  crm: TicketOrigin;
  id: string;
  subject: string;
  /** The first message of the ticket (Zendesk's `description`, Salesforce's `Case.Description`). */
  description: string | null;
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

export interface TicketExportOptions extends ExportOptions {
  /**
   * Whether a ticket's comments and recordings are worth loading (default: all). An import
   * asks only for the tickets it may keep, so a page of refused tickets costs one request.
   * A ticket left out here comes with `comments: []`, `recordings: []` and `description: null`.
   */
  withComments?: (ticket: Ticket) => boolean;
}

export interface TicketsPort {
  exportTickets(start: ExportStart, options?: TicketExportOptions): Promise<ExportPage<Ticket>>;
}
