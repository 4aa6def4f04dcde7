import type { TicketRefusal } from './tickets';
import type { UserRefusal } from './users';

export type SkipReason = UserRefusal | TicketRefusal;

/** Every reason code, in the order the report page offers them as filters. */
export const SKIP_REASONS = [
  'email-in-name',
  'missing-first-name',
  'missing-last-name',
  'user-without-email',
  'invalid-email',
  'duplicate-email',
  'not-solved',
  'older-than-retention',
  'no-user-information',
  'agent-not-imported',
  'contact-not-imported',
  'no-user-interactions',
] as const satisfies readonly SkipReason[];

/** PRODUCT.md §8.5: why something was skipped, in words an admin reads in the run report. */
export const SKIP_TEXT: Record<SkipReason, string> = {
  'missing-first-name': 'The user has no first name.',
  'missing-last-name': 'The user has no last name.',
  'email-in-name': 'The user has an email address in a name field.',
  'user-without-email': 'The user has no email address, so neither the user nor their tickets are imported.',
  'invalid-email': 'The user’s email address is not valid.',
  'duplicate-email': 'Another user of any CRM, active or inactive, already has this email address, so this user does not sync.',
  'not-solved': 'The ticket is neither solved nor closed.',
  'older-than-retention': 'The ticket is older than the 90-day retention.',
  'no-user-information': 'The ticket names neither a requester nor an agent.',
  'agent-not-imported': 'The ticket’s agent was not imported.',
  'contact-not-imported': 'The ticket’s requester was not imported.',
  'no-user-interactions': 'None of the ticket’s interactions carry user information.',
};

export interface ReportEntry {
  kind: 'user' | 'ticket';
  id: string;
}

export interface ImportReport {
  imported: (ReportEntry & { note?: string })[];
  skipped: (ReportEntry & { reason: SkipReason; text: string })[];
  counts: { importedUsers: number; importedTickets: number; skippedUsers: number; skippedTickets: number };
}

export const skipped = (kind: ReportEntry['kind'], id: string, reason: SkipReason) => ({ kind, id, reason, text: SKIP_TEXT[reason] });

export function importReport(imported: ImportReport['imported'], skippedEntries: ImportReport['skipped']): ImportReport {
  const count = <T extends ReportEntry>(list: T[], kind: ReportEntry['kind']) => list.filter((e) => e.kind === kind).length;
  return {
    imported,
    skipped: skippedEntries,
    counts: {
      importedUsers: count(imported, 'user'),
      importedTickets: count(imported, 'ticket'),
      skippedUsers: count(skippedEntries, 'user'),
      skippedTickets: count(skippedEntries, 'ticket'),
    },
  };
}
