import type { ZendeskState } from '../model/state';
import type { StoredTicket, User } from '../model/types';

/**
 * The ticket placeholders a webhook body may use
 * (https://support.zendesk.com/hc/en-us/articles/4408886858138-Zendesk-Support-placeholders-reference).
 * Values are escaped for the webhook's format so that a JSON body stays JSON whatever a
 * customer typed; an unknown placeholder becomes empty, as Liquid renders it.
 */
export function renderPlaceholders(
  state: ZendeskState,
  template: string,
  stored: StoredTicket,
  actor: User,
  origin: string,
  format: 'json' | 'xml' | 'form_encoded',
): string {
  const { ticket } = stored;
  const requester = state.usersById.get(ticket.requester_id);
  const assignee = ticket.assignee_id === null ? undefined : state.usersById.get(ticket.assignee_id);
  const latest = stored.comments.at(-1);
  const values: Record<string, unknown> = {
    'ticket.id': ticket.id,
    'ticket.title': ticket.subject,
    'ticket.description': ticket.description,
    'ticket.status': ticket.status,
    'ticket.priority': ticket.priority ?? '',
    'ticket.ticket_type': ticket.type ?? '',
    'ticket.tags': ticket.tags.join(' '),
    'ticket.external_id': ticket.external_id ?? '',
    'ticket.via': ticket.via.channel,
    'ticket.url': `${origin}/agent/tickets/${ticket.id}`,
    'ticket.link': `${origin}/agent/tickets/${ticket.id}`,
    'ticket.created_at': ticket.created_at,
    'ticket.updated_at': ticket.updated_at,
    'ticket.latest_comment': latest?.body ?? '',
    'ticket.requester.id': requester?.id ?? '',
    'ticket.requester.name': requester?.name ?? '',
    'ticket.requester.email': requester?.email ?? '',
    'ticket.requester.phone': requester?.phone ?? '',
    'ticket.assignee.id': assignee?.id ?? '',
    'ticket.assignee.name': assignee?.name ?? '',
    'ticket.assignee.email': assignee?.email ?? '',
    'ticket.organization.id': ticket.organization_id ?? '',
    'ticket.organization.name': ticket.organization_id === null ? '' : state.organizationsById.get(ticket.organization_id)?.name ?? '',
    'current_user.id': actor.id,
    'current_user.name': actor.name,
    'current_user.email': actor.email ?? '',
  };
  return template.replace(/\{\{\s*([a-z_.]{1,60})\s*\}\}/g, (_all, name: string) => escape(String(values[name] ?? ''), format));
}

function escape(text: string, format: 'json' | 'xml' | 'form_encoded'): string {
  if (format === 'json') return JSON.stringify(text).slice(1, -1);
  if (format === 'xml') return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return encodeURIComponent(text);
}
