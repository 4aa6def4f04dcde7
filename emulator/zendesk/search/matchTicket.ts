import { epochSeconds, type ZendeskState } from '../model/state';
import type { StoredTicket, TicketStatus, User } from '../model/types';
import { compare, matchesDate, matchesText, type Term } from './parseQuery';

const STATUS_ORDER: TicketStatus[] = ['new', 'open', 'pending', 'hold', 'solved', 'closed'];
const PRIORITY_ORDER = ['low', 'normal', 'high', 'urgent'];
/** `via:phone` and `via:voice` both name Talk calls in the search reference. */
const VIA_ALIASES: Record<string, string> = { phone: 'voice', web_form: 'web', web_service: 'api', mail: 'email' };

/** Whether a ticket satisfies every term of a `type:ticket` search. */
export function matchesTicket(state: ZendeskState, stored: StoredTicket, terms: Term[]): boolean {
  return terms.every((term) => matchesTerm(state, stored, term) !== term.negate);
}

function matchesTerm(state: ZendeskState, stored: StoredTicket, term: Term): boolean {
  const { ticket } = stored;
  const now = state.now();
  const value = term.value.toLowerCase();
  switch (term.field) {
    case 'type':
      return value === 'ticket';
    case 'status':
      return ordered(STATUS_ORDER, ticket.status, term.op, value);
    case 'priority':
      return ticket.priority !== null && ordered(PRIORITY_ORDER, ticket.priority, term.op, value);
    case 'ticket_type':
      return ticket.type === value;
    case 'requester':
      return isUser(state, ticket.requester_id, value);
    case 'assignee':
      return value === 'none' ? ticket.assignee_id === null : isUser(state, ticket.assignee_id, value);
    case 'submitter':
      return isUser(state, ticket.submitter_id, value);
    case 'via':
    case 'channel':
      return ticket.via.channel === (VIA_ALIASES[value] ?? value);
    case 'tags':
    case 'tag':
      return value === 'none' ? ticket.tags.length === 0 : ticket.tags.includes(value);
    case 'subject':
      return matchesText(ticket.subject, term.value);
    case 'description':
      return matchesText(ticket.description, term.value);
    case 'comment':
      return stored.comments.some((c) => matchesText(c.body, term.value));
    case 'organization':
      return ticket.organization_id !== null && matchesText(state.organizationsById.get(ticket.organization_id)?.name ?? '', term.value);
    case 'created':
      return matchesDate(epochSeconds(ticket.created_at), term.op, term.value, now);
    case 'updated':
      return matchesDate(epochSeconds(ticket.updated_at), term.op, term.value, now);
    case 'solved':
      return matchesDate(stored.solved_at ? epochSeconds(stored.solved_at) : null, term.op, term.value, now);
    case 'external_id':
      return ticket.external_id === term.value;
    case null:
      return /^\d+$/.test(value) && Number(value) === ticket.id ? true : freeText(stored, term.value);
    default:
      return false;
  }
}

function ordered(order: string[], actual: string, op: Term['op'], expected: string): boolean {
  const want = order.indexOf(expected);
  if (want < 0) return false;
  return compare(order.indexOf(actual), op === ':' ? ':' : op, want);
}

/** `requester:` takes an email, a name, an id or `me`-less forms Zendesk documents. */
function isUser(state: ZendeskState, id: number | null, value: string): boolean {
  if (id === null) return false;
  if (/^\d+$/.test(value)) return id === Number(value);
  const user: User | undefined = state.usersById.get(id);
  if (!user) return false;
  if (value.includes('@')) return (user.email ?? '').toLowerCase() === value;
  return matchesText(user.name, value);
}

function freeText(stored: StoredTicket, value: string): boolean {
  const { ticket } = stored;
  if (matchesText(`${ticket.subject} ${ticket.description} ${ticket.tags.join(' ')}`, value)) return true;
  return stored.comments.some((c) => matchesText(c.body, value));
}
