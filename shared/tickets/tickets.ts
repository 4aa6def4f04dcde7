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

export type TicketRefusal =
  | 'not-solved'
  | 'older-than-retention'
  | 'no-user-information'
  | 'user-without-email'
  | 'agent-not-imported'
  | 'contact-not-imported'
  | 'no-user-interactions';

/** What the import knows of the ticket's users: the refused ones and why. */
export interface TicketFacts {
  now: string;
  refusedUsers: ReadonlyMap<string, string>;
}

/**
 * A user refused for a duplicate email is the same person as the one holding the email, so
 * their tickets stay (under that user); any other refusal takes the user's tickets with it.
 */
const blocks = (reason: string | undefined) => reason !== undefined && reason !== 'duplicate-email';
const present = (id: string | null | undefined): id is string => typeof id === 'string' && id.trim() !== '';

export type TicketSelection = { ticket: ImportTicket; droppedInteractions: number } | { refused: TicketRefusal };

/**
 * PRODUCT.md §8.3: solved or closed tickets of the last 90 days (measured from `now`, on
 * the day the ticket was solved or last updated), with only the interactions that carry
 * user information (a ticket with neither requester nor assignee has none). §8.2: tickets of a
 * user without email, or of a user who was not imported, are not imported.
 */
export function selectTicket(ticket: ImportTicket, facts: TicketFacts): TicketSelection {
  if (!FINISHED.has(ticket.status.trim().toLowerCase())) return { refused: 'not-solved' };
  const finishedAt = Date.parse(ticket.solvedAt ?? ticket.updatedAt);
  if (!(Date.parse(facts.now) - finishedAt <= RETENTION_DAYS * DAY_MS)) return { refused: 'older-than-retention' };
  if (!present(ticket.requesterId) && !present(ticket.assigneeId)) return { refused: 'no-user-information' };
  const requester = present(ticket.requesterId) ? facts.refusedUsers.get(ticket.requesterId) : undefined;
  const assignee = present(ticket.assigneeId) ? facts.refusedUsers.get(ticket.assigneeId) : undefined;
  if (requester === 'user-without-email' || assignee === 'user-without-email') return { refused: 'user-without-email' };
  if (blocks(assignee)) return { refused: 'agent-not-imported' };
  if (blocks(requester)) return { refused: 'contact-not-imported' };
  const interactions = ticket.interactions.filter((i) => present(i.authorId));
  if (interactions.length === 0) return { refused: 'no-user-interactions' };
  return { ticket: { ...ticket, interactions }, droppedInteractions: ticket.interactions.length - interactions.length };
}
