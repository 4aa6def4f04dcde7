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

/**
 * Judges one page of exported users with the domain's rules (§8.2) against every user already
 * imported from the same CRM, active or not, then stores the accepted ones and remembers the
 * refused ones (their tickets are not imported). A user the CRM deactivated stays, inactive.
 */
export function importUsersPage(archive: TicketArchive, page: TicketUser[], config: Config, now: Date): ImportReport {
  const crm = page[0]?.crm;
  const known = Object.values(archive.users)
    .filter((u) => u.crm === crm)
    .map((u) => ({ externalId: u.key, email: u.email, active: u.active }));
  const byKey = new Map(page.map((u) => [archiveKey(u.crm, u.id), u]));
  const plan = planImport({ users: page.map(toImportUser), tickets: [], known, now: now.toISOString() }, config) as ImportPlan;
  for (const accepted of plan.users) {
    const user = byKey.get(accepted.externalId)!;
    delete archive.refusedUsers[accepted.externalId];
    archive.users[accepted.externalId] = { key: accepted.externalId, crm: user.crm, id: user.id, name: user.name, email: accepted.email, role: user.role, active: user.active };
  }
  for (const skip of plan.report.skipped) {
    delete archive.users[skip.id];
    archive.refusedUsers[skip.id] = skip.reason;
  }
  return plan.report;
}
