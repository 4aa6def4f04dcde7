import { noteWrittenTime, stampChange } from '../model/changeClock';
import { fieldError } from '../http/errors';
import { epochSeconds, isoTime, type ZendeskState } from '../model/state';
import type { Comment, StoredTicket, Ticket, User } from '../model/types';
import { createUser } from '../users/users';
import { buildComment, buildVoiceComment, via, type CommentInput, type VoiceCommentInput } from './comments';
import { applyTicketFields, type TicketInput } from './fields';

export interface TicketChange {
  stored: StoredTicket;
  /** The comments this write added, for the audit. */
  added: Comment[];
  changed: Partial<Record<keyof Ticket, [unknown, unknown]>>;
}

/** Create Ticket: the first comment becomes the description and is written by the submitter. */
export function createTicket(state: ZendeskState, input: TicketInput, actor: User, channel = 'api'): TicketChange {
  const stored = newTicket(state, input, actor, channel, isoTime(state.now()));
  const comment = commentOf(state, input, stored.ticket.submitter_id, channel);
  if (!comment) throw fieldError('description', 'Description: cannot be blank', 'BlankValue');
  stored.comments.push(comment);
  stored.ticket.description = comment.body;
  if (!input.subject) stored.ticket.subject = stored.ticket.raw_subject = comment.body.slice(0, 50);
  const change = finishCreate(state, stored);
  stampChange(state, 'tickets', stored.ticket.id);
  return change;
}

/**
 * Ticket Import API (https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_import/):
 * keeps the given `created_at`, `updated_at`, `solved_at` and each comment's `created_at`,
 * and sends no notifications.
 */
export function importTicket(state: ZendeskState, input: TicketInput, actor: User): TicketChange {
  const channel = typeof (input.via as { channel?: unknown })?.channel === 'string' ? (input.via as { channel: string }).channel : 'api';
  const createdAt = typeof input.created_at === 'string' ? input.created_at : isoTime(state.now());
  const stored = newTicket(state, input, actor, channel, createdAt);
  const inputs = Array.isArray(input.comments) ? (input.comments as CommentInput[]) : [];
  for (const c of inputs) stored.comments.push(buildComment(state, { created_at: createdAt, ...c }, stored.ticket.requester_id, channel));
  const voice = input.voice_comment as (VoiceCommentInput & { created_at?: unknown }) | undefined;
  if (voice) stored.comments.push(buildVoiceComment(state, voice, actor.id, typeof voice.created_at === 'string' ? voice.created_at : createdAt));
  stored.comments.sort((a, b) => a.created_at.localeCompare(b.created_at));
  stored.ticket.description = stored.comments[0]?.body ?? '';
  const last = stored.comments.at(-1)?.created_at ?? createdAt;
  stored.ticket.updated_at = typeof input.updated_at === 'string' ? input.updated_at : last > createdAt ? last : createdAt;
  stored.solved_at = typeof input.solved_at === 'string' ? input.solved_at : isSolved(stored) ? stored.ticket.updated_at : null;
  const change = finishCreate(state, stored);
  noteWrittenTime(state, 'tickets', stored.ticket.id, stored.ticket.updated_at);
  return change;
}

export function updateTicket(state: ZendeskState, stored: StoredTicket, input: TicketInput, actor: User): TicketChange {
  const { ticket } = stored;
  if (ticket.status === 'closed') throw fieldError('status', 'Status: closed prevents ticket update', 'ClosedPreventsUpdate');
  const before = { ...ticket };
  const draft = { ...ticket };
  applyTicketFields(state, draft, input);
  const comment = commentOf(state, input, actor.id, 'api');
  Object.assign(ticket, draft);
  const added = comment ? [comment] : [];
  stored.comments.push(...added);
  ticket.updated_at = isoTime(state.now());
  if (isSolved(stored) && !stored.solved_at) stored.solved_at = ticket.updated_at;
  if (!isSolved(stored)) stored.solved_at = null;
  stampChange(state, 'tickets', ticket.id);
  state.version++;
  return { stored, added, changed: diff(before, ticket) };
}

/** Deleted tickets leave every endpoint but the incremental exports (status `deleted`). */
export function deleteTicket(state: ZendeskState, stored: StoredTicket): void {
  stored.deleted = true;
  stored.ticket.updated_at = isoTime(state.now());
  stampChange(state, 'tickets', stored.ticket.id);
  state.version++;
}

export function ticketJson(stored: StoredTicket, base: string) {
  const { ticket } = stored;
  return {
    url: `${base}/tickets/${ticket.id}.json`,
    ...ticket,
    status: stored.deleted ? 'deleted' : ticket.status,
    fields: ticket.custom_fields,
    email_cc_ids: [],
    forum_topic_id: null,
    has_incidents: false,
    is_public: stored.comments.some((c) => c.public),
    satisfaction_rating: stored.satisfaction ?? null,
    sharing_agreement_ids: [],
    ticket_form_id: ticket.ticket_form_id ?? null,
    brand_id: null,
    allow_channelback: false,
    allow_attachments: true,
    from_messaging_channel: false,
    generated_timestamp: epochSeconds(ticket.updated_at),
  };
}

/** The few Ticket Metrics the emulator knows (https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_metrics/). */
export function metricJson(stored: StoredTicket, base: string) {
  const { ticket } = stored;
  return {
    url: `${base}/ticket_metrics/${ticket.id}.json`,
    id: ticket.id,
    ticket_id: ticket.id,
    created_at: ticket.created_at,
    updated_at: ticket.updated_at,
    solved_at: stored.solved_at,
    assigned_at: ticket.assignee_id ? ticket.created_at : null,
    latest_comment_added_at: stored.comments.at(-1)?.created_at ?? null,
    replies: stored.comments.filter((c) => c.public && c.author_id !== ticket.requester_id).length,
  };
}

function newTicket(state: ZendeskState, input: TicketInput, actor: User, channel: string, createdAt: string): StoredTicket {
  const requester = requesterOf(state, input, actor);
  const submitterId = input.submitter_id == null ? actor.id : Number(input.submitter_id);
  if (!state.usersById.has(submitterId)) throw fieldError('submitter', 'Submitter: is invalid', 'InvalidValue');
  const ticket: Ticket = {
    id: 0,
    external_id: null,
    via: via(channel),
    created_at: createdAt,
    updated_at: createdAt,
    type: null,
    subject: '',
    raw_subject: '',
    description: '',
    priority: null,
    status: 'new',
    recipient: null,
    requester_id: requester.id,
    submitter_id: submitterId,
    assignee_id: null,
    organization_id: requester.organization_id,
    group_id: null,
    collaborator_ids: [],
    follower_ids: [],
    problem_id: null,
    due_at: null,
    tags: [],
    custom_fields: [],
  };
  applyTicketFields(state, ticket, input);
  if (input.status === undefined && ticket.assignee_id !== null) ticket.status = 'open';
  return { ticket, comments: [], solved_at: null, deleted: false };
}

function finishCreate(state: ZendeskState, stored: StoredTicket): TicketChange {
  stored.ticket.id = state.data.nextTicketId++;
  if (isSolved(stored) && !stored.solved_at) stored.solved_at = stored.ticket.updated_at;
  state.data.tickets.push(stored);
  state.ticketsById.set(stored.ticket.id, stored);
  state.version++;
  return { stored, added: stored.comments, changed: {} };
}

/** `requester_id`, or `requester: {name, email}` which finds or creates the end user. */
function requesterOf(state: ZendeskState, input: TicketInput, actor: User): User {
  if (input.requester_id != null) {
    const user = state.usersById.get(Number(input.requester_id));
    if (!user) throw fieldError('requester', 'Requester: is invalid', 'InvalidValue');
    return user;
  }
  const requester = input.requester as { name?: unknown; email?: unknown } | undefined;
  if (requester && typeof requester === 'object') {
    const email = typeof requester.email === 'string' ? requester.email.toLowerCase() : undefined;
    const known = email ? state.usersByEmail.get(email) : undefined;
    return known ?? createUser(state, { name: requester.name ?? requester.email, email: requester.email });
  }
  return actor;
}

function commentOf(state: ZendeskState, input: TicketInput, authorId: number, channel: string): Comment | undefined {
  if (input.voice_comment) return buildVoiceComment(state, input.voice_comment as VoiceCommentInput, authorId);
  if (input.comment === undefined || input.comment === null) return undefined;
  const comment = typeof input.comment === 'string' ? { body: input.comment } : (input.comment as CommentInput);
  return buildComment(state, comment, authorId, channel);
}

function isSolved(stored: StoredTicket): boolean {
  return stored.ticket.status === 'solved' || stored.ticket.status === 'closed';
}

function diff(before: Ticket, after: Ticket): TicketChange['changed'] {
  const changed: TicketChange['changed'] = {};
  for (const key of Object.keys(after) as (keyof Ticket)[]) {
    if (key !== 'updated_at' && JSON.stringify(before[key]) !== JSON.stringify(after[key])) changed[key] = [before[key], after[key]];
  }
  return changed;
}

