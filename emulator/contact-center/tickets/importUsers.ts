import { planImport, type Config, type ImportPlan, type ImportReport, type ImportUser, type TicketUser } from '../../../shared';
import { archiveKey, type TicketArchive } from './archive';

/**
 * Zendesk keeps one `name`; its first word is the first name, the rest the last name, so a
 * one-word name has no last name and an email typed as the name stays visible to the rule.
 */
export function toImportUser(user: TicketUser): ImportUser {
  const [first, ...rest] = user.name.trim().split(/\s+/);
  const split = user.firstName === undefined && user.lastName === undefined;
  return {
    externalId: archiveKey(user.crm, user.id),
    firstName: split ? (first ?? null) : user.firstName,
    lastName: split ? rest.join(' ') : user.lastName,
    email: user.email,
    active: user.active,
  };
}

/** A user as a source sends it; the open import API can also say the source deleted it. */
export type SourceUser = TicketUser & { deleted?: boolean };

/**
 * Judges one page of exported users with the domain's rules (§8.2) against every user already
 * imported from any source, active or not, then stores the accepted ones and remembers the
 * refused ones (their tickets are not imported). A user the CRM deactivated stays, inactive, so
 * its email stays taken; a user the source deleted leaves the archive and frees its email.
 */
export function importUsersPage(archive: TicketArchive, page: SourceUser[], config: Config, now: Date): ImportReport {
  const deleted = page.filter((u) => u.deleted === true);
  const present = page.filter((u) => u.deleted !== true);
  for (const user of deleted) {
    const key = archiveKey(user.crm, user.id);
    delete archive.users[key];
    delete archive.refusedUsers[key];
    if (archive.sameAs) delete archive.sameAs[key];
  }
  const known = Object.values(archive.users).map((u) => ({ externalId: u.key, email: u.email, active: u.active }));
  const byKey = new Map(present.map((u) => [archiveKey(u.crm, u.id), u]));
  const plan = planImport({ users: present.map(toImportUser), tickets: [], known, now: now.toISOString() }, config) as ImportPlan;
  const holders = new Map(known.map((k) => [k.email, k.externalId]));
  for (const accepted of plan.users) {
    const user = byKey.get(accepted.externalId)!;
    delete archive.refusedUsers[accepted.externalId];
    if (archive.sameAs) delete archive.sameAs[accepted.externalId];
    archive.users[accepted.externalId] = { key: accepted.externalId, crm: user.crm, id: user.id, name: user.name, email: accepted.email, role: user.role, active: user.active };
    holders.set(accepted.email, accepted.externalId);
  }
  for (const skip of plan.report.skipped) {
    delete archive.users[skip.id];
    archive.refusedUsers[skip.id] = skip.reason;
    const holder = skip.reason === 'duplicate-email' ? holders.get(byKey.get(skip.id)?.email?.trim().toLowerCase() ?? '') : undefined;
    if (holder) (archive.sameAs ??= {})[skip.id] = holder;
  }
  archive.usersVersion = (archive.usersVersion ?? 0) + 1;
  const imported = [...plan.report.imported, ...deleted.map((u) => ({ kind: 'user' as const, id: archiveKey(u.crm, u.id), note: 'deleted in the source: removed' }))];
  return { ...plan.report, imported, counts: { ...plan.report.counts, importedUsers: imported.length } };
}
