import { requireFeature, type FeatureDisabled, type FeatureSwitches } from '../config/requireFeature';
import { importReport, skipped, type ImportReport } from './importReport';
import { selectTicket, type ImportTicket } from './tickets';
import { selectUsers, type ImportUser, type KnownUser } from './users';

export interface ImportPlan {
  users: (ImportUser & { email: string })[];
  tickets: ImportTicket[];
  report: ImportReport;
}

/** One import run (PRODUCT.md §8): which users and tickets to store, and the report of the run. */
export function planImport(
  run: { users: readonly ImportUser[]; tickets: readonly ImportTicket[]; known: readonly KnownUser[]; now: string },
  config: FeatureSwitches,
): ImportPlan | FeatureDisabled {
  const disabled = requireFeature(config, 'ticketImport');
  if (disabled) return disabled;
  const users = selectUsers(run.users, run.known);
  const refusedUsers = new Map<string, string>(users.refused.map((r) => [r.user.externalId, r.reason]));
  const tickets: ImportTicket[] = [];
  const imported: ImportReport['imported'] = users.accepted.map((u) => ({ kind: 'user', id: u.externalId }));
  const skips: ImportReport['skipped'] = users.refused.map((r) => skipped('user', r.user.externalId, r.reason));
  for (const ticket of run.tickets) {
    const selection = selectTicket(ticket, { now: run.now, refusedUsers });
    if ('refused' in selection) {
      skips.push(skipped('ticket', ticket.externalId, selection.refused));
      continue;
    }
    tickets.push(selection.ticket);
    const note = selection.droppedInteractions > 0 ? `${selection.droppedInteractions} interaction(s) without user information left out` : undefined;
    imported.push({ kind: 'ticket', id: ticket.externalId, ...(note ? { note } : {}) });
  }
  return { users: users.accepted, tickets, report: importReport(imported, skips) };
}
