import { selectTicket } from '../../../shared';
import type { ArchivedTicket, TicketArchive } from './archive';

/**
 * §8.3's fixed retention, applied to what was archived: the domain's ticket selection judges
 * each archived ticket again at `now`, and a ticket it finds too old is purged.
 */
export function expiredTickets(archive: TicketArchive, now: Date): ArchivedTicket[] {
  return Object.values(archive.tickets).filter((ticket) => isExpired(ticket, now));
}

/** Whether the domain's selection refuses an archived ticket as too old at `now`. */
export function isExpired(ticket: ArchivedTicket, now: Date): boolean {
  const facts = { now: now.toISOString(), refusedUsers: new Map<string, string>() };
  const selection = selectTicket(
    {
      externalId: ticket.key,
      status: ticket.status,
      createdAt: ticket.createdAt,
      updatedAt: ticket.updatedAt,
      solvedAt: ticket.solvedAt,
      interactions: ticket.comments.map((c) => ({ id: c.id, authorId: c.authorKey, body: c.body, createdAt: c.createdAt })),
    },
    facts,
  );
  return 'refused' in selection && selection.refused === 'older-than-retention';
}

export function purgeExpired(archive: TicketArchive, now: Date): string[] {
  const expired = expiredTickets(archive, now).map((t) => t.key);
  for (const key of expired) delete archive.tickets[key];
  return expired;
}
