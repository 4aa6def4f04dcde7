import { isoTime, nextId, type ZendeskState } from '../model/state';
import type { User } from '../model/types';
import { commentJson } from './comments';
import type { TicketChange } from './tickets';

/**
 * The audit Zendesk returns beside a created or updated ticket
 * (https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_audits/): one
 * Comment event per added comment and one Change event per changed field.
 */
export function auditJson(state: ZendeskState, change: TicketChange, actor: User, origin: string) {
  const events = [
    ...change.added.map((c) => ({ ...commentJson(c, origin), id: c.id })),
    ...Object.entries(change.changed).map(([field, [previous, value]]) => ({
      id: nextId(state),
      type: 'Change',
      field_name: field,
      value,
      previous_value: previous,
    })),
  ];
  return {
    id: change.added[0]?.audit_id ?? nextId(state),
    ticket_id: change.stored.ticket.id,
    created_at: isoTime(state.now()),
    author_id: actor.id,
    metadata: { system: {}, custom: {} },
    via: { channel: 'api', source: { from: {}, to: {}, rel: null } },
    events,
  };
}
