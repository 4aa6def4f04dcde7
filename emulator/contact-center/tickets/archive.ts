import type { ImportReport, SkipReason, TicketOrigin, TicketRecording } from '../../../shared';
import type { ContactCenterData } from '../data';
import type { ImportSchedule } from './importSchedules';

import type { ImportSource } from '../../../shared';

export { IMPORT_SOURCES, type ImportSource } from '../../../shared';

/** An imported user of a CRM's ticketing (§8.2); kept when deactivated so the email stays taken. */
export interface ArchivedUser {
  key: string;
  crm: TicketOrigin;
  id: string;
  name: string;
  email: string;
  role: string;
  active: boolean;
}

export interface ArchivedComment {
  id: string;
  authorKey: string;
  body: string;
  public: boolean;
  createdAt: string;
  channel?: string;
}

/** An imported ticket: solved or closed, inside the retention, with its user interactions (§8.3). */
export interface ArchivedTicket {
  key: string;
  crm: TicketOrigin;
  id: string;
  subject: string;
  description: string;
  status: string;
  channel: string;
  priority: string | null;
  requesterKey: string | null;
  assigneeKey: string | null;
  createdAt: string;
  updatedAt: string;
  solvedAt: string | null;
  crmUrl: string;
  comments: ArchivedComment[];
  recordings: TicketRecording[];
}

export type RunState = 'running' | 'done' | 'failed';
export type RunPhase = 'users' | 'tickets' | 'done';

/** One import run; its phase and cursor are saved with every page so a crash resumes where it stopped. */
export interface ImportRun {
  id: string;
  /** A CRM the import reads, or a push source of the open import API. */
  source: ImportSource | `push-${string}`;
  state: RunState;
  phase: RunPhase;
  /** Where the current phase continues; null before its first page. */
  cursor: string | null;
  perPage?: number;
  startedAt: string;
  finishedAt?: string;
  error?: string;
  progress: { pages: number; users: number; tickets: number; removedTickets: number };
  report: ImportReport;
}

/** Where the next run of a source starts: the cursor each export ended with. */
export interface SourceCursors {
  users: string | null;
  tickets: string | null;
}

export interface TicketArchive {
  users: Record<string, ArchivedUser>;
  /** Counts the changes to `users`, so lists derived from them (folded names) know they are stale without walking them all. */
  usersVersion?: number;
  /** Users the last look refused, with why: their tickets are not imported (§8.2). */
  refusedUsers: Record<string, SkipReason>;
  /** A user refused for a duplicate email → the key of the user holding that email (§8.2). */
  sameAs?: Record<string, string>;
  tickets: Record<string, ArchivedTicket>;
  runs: Record<string, ImportRun>;
  cursors: Partial<Record<ImportSource, SourceCursors>>;
  /** Scheduled incremental runs per source. */
  schedules?: Partial<Record<ImportSource, ImportSchedule>>;
}

/** Users and tickets of different CRMs never share a key. */
export const archiveKey = (crm: TicketOrigin, id: string) => `${crm}:${id}`;

/** The archive inside the contact-center namespace, created on first use. */
export function ticketArchive(data: ContactCenterData): TicketArchive {
  data.ticketArchive ??= { users: {}, refusedUsers: {}, tickets: {}, runs: {}, cursors: {} };
  return data.ticketArchive;
}
