import { selectTicket, skipped, ticketChannelOf, type ImportReport, type ImportTicket, type Ticket, type TicketFacts } from '../../../shared';
import { archiveKey, type ArchivedTicket, type TicketArchive } from './archive';

export interface TicketsPageResult {
  imported: ImportReport['imported'];
  skipped: ImportReport['skipped'];
  stored: ArchivedTicket[];
  removed: string[];
}

const userKey = (crm: Ticket['crm'], id: string | null) => (id && id.trim() !== '' ? archiveKey(crm, id) : null);

/** The ticket as the domain judges it; an interaction by nobody carries no user information. */
export function toImportTicket(ticket: Ticket): ImportTicket {
  return {
    externalId: archiveKey(ticket.crm, ticket.id),
    status: ticket.status,
    assigneeId: userKey(ticket.crm, ticket.assigneeId),
    requesterId: userKey(ticket.crm, ticket.requesterId),
    createdAt: ticket.createdAt,
    updatedAt: ticket.updatedAt,
    solvedAt: ticket.solvedAt,
    interactions: ticket.comments.map((c) => ({ id: c.id, authorId: userKey(ticket.crm, c.authorId), body: c.body, createdAt: c.createdAt })),
  };
}

/**
 * Whether a ticket can be kept at all before its comments are loaded: the domain's selection
 * of the ticket with one stand-in interaction, so only the interaction rule is left open.
 */
export function mayKeep(ticket: Ticket, facts: TicketFacts): boolean {
  const probe = { ...toImportTicket(ticket), interactions: [{ id: 'probe', authorId: 'probe', body: '', createdAt: ticket.createdAt }] };
  return !('refused' in selectTicket(probe, facts));
}

export function refusedUsers(archive: TicketArchive): Map<string, string> {
  return new Map(Object.entries(archive.refusedUsers));
}

/** A user refused for a duplicate email is the user who holds it (§8.2): their tickets show under that user. */
export const holderKey = (archive: TicketArchive, key: string | null) => (key === null ? null : (archive.sameAs?.[key] ?? key));

/**
 * One page of exported tickets (§8.3): the domain selects, the archive follows. A ticket the
 * CRM deleted, or that no longer qualifies (reopened), leaves the archive.
 */
export function importTicketsPage(archive: TicketArchive, page: Ticket[], now: Date, crmUrl: (ticket: Ticket) => string): TicketsPageResult {
  const facts = { now: now.toISOString(), refusedUsers: refusedUsers(archive) };
  const result: TicketsPageResult = { imported: [], skipped: [], stored: [], removed: [] };
  for (const ticket of page) {
    const key = archiveKey(ticket.crm, ticket.id);
    if (ticket.status === 'deleted') {
      if (archive.tickets[key]) result.removed.push(key);
      delete archive.tickets[key];
      continue;
    }
    const selection = selectTicket(toImportTicket(ticket), facts);
    if ('refused' in selection) {
      if (archive.tickets[key]) result.removed.push(key);
      delete archive.tickets[key];
      result.skipped.push(skipped('ticket', key, selection.refused));
      continue;
    }
    const kept = new Set(selection.ticket.interactions.map((i) => i.id));
    const stored = toArchived(ticket, key, crmUrl(ticket), kept);
    stored.requesterKey = holderKey(archive, stored.requesterKey);
    stored.assigneeKey = holderKey(archive, stored.assigneeKey);
    for (const comment of stored.comments) comment.authorKey = holderKey(archive, comment.authorKey) ?? comment.authorKey;
    archive.tickets[key] = stored;
    result.stored.push(stored);
    const note = selection.droppedInteractions > 0 ? `${selection.droppedInteractions} interaction(s) without user information left out` : undefined;
    result.imported.push({ kind: 'ticket', id: key, ...(note ? { note } : {}) });
  }
  return result;
}

function toArchived(ticket: Ticket, key: string, crmUrl: string, kept: Set<string>): ArchivedTicket {
  return {
    key,
    crm: ticket.crm,
    id: ticket.id,
    subject: ticket.subject,
    description: ticket.description ?? ticket.comments[0]?.body ?? '',
    status: ticket.status,
    channel: ticketChannelOf(ticket.channel),
    priority: ticket.priority,
    requesterKey: userKey(ticket.crm, ticket.requesterId),
    assigneeKey: userKey(ticket.crm, ticket.assigneeId),
    createdAt: ticket.createdAt,
    updatedAt: ticket.updatedAt,
    solvedAt: ticket.solvedAt,
    crmUrl,
    comments: ticket.comments
      .filter((c) => kept.has(c.id))
      .map((c) => ({ id: c.id, authorKey: archiveKey(ticket.crm, c.authorId), body: c.body, public: c.public, createdAt: c.createdAt, ...(c.channel ? { channel: c.channel } : {}) })),
    recordings: ticket.recordings,
  };
}
