/** A ticket as exported by the CRM (Zendesk ticket, Salesforce Case). */
export interface ImportTicket {
  externalId: string;
  status: string;
  assigneeId?: string | null;
  requesterId?: string | null;
  createdAt: string;
  updatedAt: string;
  solvedAt?: string | null;
  interactions: TicketInteraction[];
}

/** One comment, message or call on the ticket. */
export interface TicketInteraction {
  id: string;
  authorId?: string | null;
  body: string;
  createdAt: string;
}

export const RETENTION_DAYS = 90;
const DAY_MS = 86_400_000;

/**
 * Zendesk's `solved`/`closed` (https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/),
 * Salesforce's `Closed`, ServiceNow's `Resolved`/`Closed`.
 */
const FINISHED = new Set(['solved', 'closed', 'resolved']);

export type TicketRefusal = 'not-solved' | 'older-than-retention' | 'agent-not-imported' | 'no-user-interactions';

export type TicketSelection = { ticket: ImportTicket; droppedInteractions: number } | { refused: TicketRefusal };

/**
 * PRODUCT.md §8.3: solved or closed tickets of the last 90 days (measured from `now`, on
 * the day the ticket was solved or last updated), with only the interactions that carry
 * user information. §8.2: tickets of a user who was not imported are not imported.
 */
export function selectTicket(ticket: ImportTicket, facts: { now: string; refusedUserIds: ReadonlySet<string> }): TicketSelection {
  if (!FINISHED.has(ticket.status.trim().toLowerCase())) return { refused: 'not-solved' };
  const finishedAt = Date.parse(ticket.solvedAt ?? ticket.updatedAt);
  if (!(Date.parse(facts.now) - finishedAt <= RETENTION_DAYS * DAY_MS)) return { refused: 'older-than-retention' };
  if (ticket.assigneeId && facts.refusedUserIds.has(ticket.assigneeId)) return { refused: 'agent-not-imported' };
  const interactions = ticket.interactions.filter((i) => typeof i.authorId === 'string' && i.authorId.trim() !== '');
  if (interactions.length === 0) return { refused: 'no-user-interactions' };
  return { ticket: { ...ticket, interactions }, droppedInteractions: ticket.interactions.length - interactions.length };
}
