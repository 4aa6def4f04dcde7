import { fieldError, RecordInvalid } from '../http/errors';
import type { ZendeskState } from '../model/state';
import type { CustomFieldValue, Priority, Ticket, TicketStatus, TicketType } from '../model/types';
import { checkCustomValues, optionTags } from '../ticketFields/values';

/** The writable ticket properties (https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#json-format). */
export interface TicketInput {
  subject?: unknown;
  comment?: unknown;
  voice_comment?: unknown;
  requester_id?: unknown;
  requester?: unknown;
  submitter_id?: unknown;
  assignee_id?: unknown;
  organization_id?: unknown;
  priority?: unknown;
  status?: unknown;
  type?: unknown;
  tags?: unknown;
  custom_fields?: unknown;
  external_id?: unknown;
  due_at?: unknown;
  collaborator_ids?: unknown;
  ticket_form_id?: unknown;
  /** Ticket Import API only. */
  comments?: unknown;
  via?: unknown;
  created_at?: unknown;
  updated_at?: unknown;
  solved_at?: unknown;
}

export const STATUSES: TicketStatus[] = ['new', 'open', 'pending', 'hold', 'solved', 'closed'];
const PRIORITIES: Priority[] = ['urgent', 'high', 'normal', 'low'];
const TYPES: TicketType[] = ['problem', 'incident', 'question', 'task'];

/** Applies the simple fields after checking them all, so a refused update changes nothing. */
export function applyTicketFields(state: ZendeskState, ticket: Ticket, input: TicketInput): void {
  const status = choice(input.status, STATUSES, 'status', 'Status');
  const priority = choice(input.priority, PRIORITIES, 'priority', 'Priority');
  const type = choice(input.type, TYPES, 'type', 'Type');
  const assignee = input.assignee_id == null ? input.assignee_id : Number(input.assignee_id);
  if (typeof assignee === 'number') {
    const agent = state.usersById.get(assignee);
    if (!agent || agent.role === 'end-user') throw fieldError('assignee', 'Assignee: is not an agent', 'InvalidValue');
  }
  if (input.organization_id != null && !state.organizationsById.has(Number(input.organization_id))) {
    throw fieldError('organization_id', 'Organization: is invalid', 'InvalidValue');
  }
  if (input.custom_fields !== undefined && !Array.isArray(input.custom_fields)) {
    throw new RecordInvalid({ custom_fields: [{ description: 'Custom fields: must be a list of {id, value}', error: 'InvalidValue' }] });
  }
  const customValues = Array.isArray(input.custom_fields) ? checkCustomValues(state, input.custom_fields) : undefined;
  if (input.ticket_form_id != null && !state.data.ticketForms.some((f) => f.id === Number(input.ticket_form_id))) {
    throw fieldError('ticket_form_id', 'Ticket form: is invalid', 'InvalidValue');
  }
  if (typeof input.subject === 'string') {
    ticket.subject = input.subject;
    ticket.raw_subject = input.subject;
  }
  if (status !== undefined) ticket.status = status as TicketStatus;
  if (priority !== undefined) ticket.priority = priority as Priority | null;
  if (type !== undefined) ticket.type = type as TicketType | null;
  if (assignee !== undefined) ticket.assignee_id = assignee;
  if (input.organization_id !== undefined) ticket.organization_id = input.organization_id == null ? null : Number(input.organization_id);
  if (Array.isArray(input.tags)) ticket.tags = [...new Set(input.tags.map((t) => String(t).toLowerCase().replace(/\s+/g, '_')))];
  if (customValues) {
    ticket.custom_fields = mergeCustomFields(ticket.custom_fields, customValues);
    ticket.tags = [...new Set([...ticket.tags, ...optionTags(state, ticket)])];
  }
  if (input.ticket_form_id !== undefined) ticket.ticket_form_id = input.ticket_form_id == null ? null : Number(input.ticket_form_id);
  if (input.external_id !== undefined) ticket.external_id = input.external_id == null ? null : String(input.external_id);
  if (input.due_at !== undefined) ticket.due_at = typeof input.due_at === 'string' ? input.due_at : null;
  if (Array.isArray(input.collaborator_ids)) ticket.collaborator_ids = input.collaborator_ids.map(Number);
}

function choice(value: unknown, allowed: readonly string[], field: string, label: string): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null && field !== 'status') return null;
  if (typeof value === 'string' && allowed.includes(value)) return value;
  throw fieldError(field, `${label}: ${String(value)} is not valid`, 'InvalidValue');
}

function mergeCustomFields(current: CustomFieldValue[], updates: unknown[]): CustomFieldValue[] {
  const merged = new Map(current.map((f) => [f.id, f.value]));
  for (const update of updates) {
    const { id, value } = (update ?? {}) as { id?: unknown; value?: unknown };
    if (id != null && Number.isInteger(Number(id))) merged.set(Number(id), value ?? null);
  }
  return [...merged].map(([id, value]) => ({ id, value }));
}
