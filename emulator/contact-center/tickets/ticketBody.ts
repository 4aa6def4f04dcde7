import type { ArchivedTicket } from './archive';

/**
 * What a ticket's text search reads besides its subject: the description and the transcript,
 * both what the customer and the agents wrote. Zendesk's description is the first comment's
 * text: it counts once, not twice.
 */
export const ticketBody = (ticket: ArchivedTicket): string =>
  [ticket.description, ...ticket.comments.filter((c, i) => i > 0 || c.body !== ticket.description).map((c) => c.body)].join('\n');
