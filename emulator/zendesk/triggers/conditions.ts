import type { StoredTicket, Ticket, TriggerCondition } from '../model/types';
import { fold } from '../search/parseQuery';

/**
 * The trigger conditions the emulator evaluates, from the conditions reference
 * (https://developer.zendesk.com/documentation/ticketing/reference-guides/conditions-reference/).
 * An unknown field never matches, so a trigger the emulator cannot judge stays silent.
 */
export interface TicketEvent {
  kind: 'create' | 'update';
  stored: StoredTicket;
  /** Fields this write changed, with their previous and new values. */
  changed: Partial<Record<keyof Ticket, [unknown, unknown]>>;
  /** The comment this write added, if any. */
  comment: { body: string; public: boolean } | undefined;
}

const ORDER: Record<string, string[]> = {
  status: ['new', 'open', 'pending', 'hold', 'solved', 'closed'],
  priority: ['low', 'normal', 'high', 'urgent'],
};
const FIELDS: Record<string, keyof Ticket> = {
  status: 'status',
  priority: 'priority',
  type: 'type',
  ticket_type_id: 'type',
  group_id: 'group_id',
  assignee_id: 'assignee_id',
  requester_id: 'requester_id',
  organization_id: 'organization_id',
};

export const KNOWN_CONDITION_FIELDS = ['update_type', 'current_tags', 'comment_includes_word', 'comment_is_public', 'subject_includes_word', ...Object.keys(FIELDS)];

export function matchesCondition(event: TicketEvent, condition: TriggerCondition): boolean {
  const { field, operator } = condition;
  const value = condition.value == null ? '' : String(condition.value);
  const ticket = event.stored.ticket;
  switch (field) {
    case 'update_type':
      return (operator === 'is_not') !== ((event.kind === 'create' ? 'Create' : 'Change') === value);
    case 'current_tags': {
      const wanted = value.split(/\s+/).filter(Boolean);
      const some = wanted.some((t) => ticket.tags.includes(t.toLowerCase()));
      return operator === 'not_includes' ? !some : some;
    }
    case 'comment_includes_word':
      return words(event.comment?.body ?? '', value, operator);
    case 'comment_is_public':
      if (!event.comment) return value === 'not_relevant' || value === 'false';
      return value === 'not_relevant' || String(event.comment.public) === value;
    case 'subject_includes_word':
      return words(ticket.subject, value, operator);
  }
  const key = FIELDS[field];
  if (!key) return false;
  const now = ticket[key] == null ? '' : String(ticket[key]);
  const change = event.changed[key];
  const before = change ? (change[0] == null ? '' : String(change[0])) : now;
  switch (operator) {
    case 'is':
      return now === value;
    case 'is_not':
      return now !== value;
    case 'less_than':
    case 'greater_than': {
      const order = ORDER[field];
      if (!order || !order.includes(now) || !order.includes(value)) return false;
      return operator === 'less_than' ? order.indexOf(now) < order.indexOf(value) : order.indexOf(now) > order.indexOf(value);
    }
    case 'changed':
      return event.kind === 'create' || change !== undefined;
    case 'not_changed':
      return event.kind === 'update' && change === undefined;
    case 'value':
      return (event.kind === 'create' || change !== undefined) && now === value;
    case 'not_value':
      return (event.kind === 'create' || change !== undefined) && now !== value;
    case 'value_previous':
      return change !== undefined && before === value;
    case 'not_value_previous':
      return change !== undefined && before !== value;
    default:
      return false;
  }
}

/** `includes` any of the words, `not_includes` none of them, `is`/`is_not` the whole phrase. */
function words(text: string, value: string, operator: string): boolean {
  const haystack = fold(text);
  const wanted = fold(value).split(/\s+/).filter(Boolean);
  const any = wanted.some((w) => haystack.split(/[^\p{L}\p{N}]+/u).includes(w));
  switch (operator) {
    case 'not_includes':
      return !any;
    case 'is':
      return haystack.includes(fold(value));
    case 'is_not':
      return !haystack.includes(fold(value));
    default:
      return any;
  }
}
