import { z } from 'zod';
import { cardSchema } from './cards';
import { idParams, recordRef } from './common';
import { interactionSchema, interactionState } from './interactionSchema';
import { defineRoute } from './route';

const one = z.object({ interaction: interactionSchema });

/**
 * `include=card` asks for the interaction's card in the same answer, so a card that shows an
 * interaction needs one round trip instead of two in a row. Without it the answer is as before.
 */
const interactionInclude = z.object({ include: z.enum(['card']).optional() });

/** The interaction, and its card when asked for and the interaction has one (as `getCard` answers it: a merged card's survivor). */
const oneWithCard = one.extend({ card: cardSchema.optional() });

/** The agent's wrap-up (§2.2): both optional unless config `wrapUp.required` asks for a disposition. */
const wrapUpBody = z.object({ disposition: z.string().trim().min(1).max(80).optional(), notes: z.string().max(4000).optional() });

const lifecycle = (operationId: string, path: string, summary: string, errors: readonly number[] = [403, 404, 409]) =>
  defineRoute({ operationId, method: 'post', path, summary, tag: 'interactions', access: 'agent', params: idParams, responses: { 200: one }, errors });

/** Reading interactions, the records opened during one (§3.1), and their lifecycle (§2.3). */
export const interactionRoutes = {
  listInteractions: defineRoute({
    operationId: 'listInteractions',
    method: 'get',
    path: '/interactions',
    summary: 'The latest 100 interactions, newest first (an agent’s own unless an admin asks for another agent)',
    tag: 'interactions',
    access: 'agent',
    query: z.object({ agentId: z.string().max(64).optional(), state: interactionState.optional() }),
    responses: { 200: z.object({ interactions: z.array(interactionSchema) }) },
  }),
  getInteraction: defineRoute({
    operationId: 'getInteraction',
    method: 'get',
    path: '/interactions/{id}',
    summary: 'One interaction; with `include=card`, also its card (absent when the interaction has none yet)',
    tag: 'interactions',
    access: 'agent',
    params: idParams,
    query: interactionInclude,
    responses: { 200: oneWithCard },
    errors: [404],
  }),
  markVisited: defineRoute({
    operationId: 'markVisited',
    method: 'post',
    path: '/interactions/{id}/visited',
    summary: 'The agent opened a CRM record while the interaction was going on (§3.1 active records)',
    tag: 'interactions',
    access: 'agent',
    params: idParams,
    body: recordRef,
    responses: { 201: z.object({ visited: interactionSchema.shape.visited }) },
    errors: [404, 409],
  }),
  answerInteraction: lifecycle('answerInteraction', '/interactions/{id}/answer', 'Answer a call offered to the agent; the card screen-pops the caller'),
  hangUp: lifecycle('hangUp', '/interactions/{id}/hangup', 'End a call (agent or caller); it goes to after-call work'),
  completeAfterCallWork: defineRoute({
    operationId: 'completeAfterCallWork',
    method: 'post',
    path: '/interactions/{id}/acw/complete',
    summary: 'After-call work done, with the disposition and notes: the call closes and its links are written back',
    tag: 'interactions',
    access: 'agent',
    params: idParams,
    body: wrapUpBody.optional(),
    responses: { 200: one },
    errors: [403, 404, 409],
  }),
  acceptInteraction: lifecycle('acceptInteraction', '/interactions/{id}/accept', 'Accept a digital interaction assigned to the agent; it takes the focus'),
  closeInteraction: lifecycle('closeInteraction', '/interactions/{id}/close', 'End a digital interaction: it closes and its links are written back (§2.3)'),
  pickCandidate: defineRoute({
    operationId: 'pickCandidate',
    method: 'post',
    path: '/interactions/{id}/pick',
    summary: 'The agent picks one of an ambiguous caller’s candidates: it becomes the card’s contact and the screen pop',
    tag: 'interactions',
    access: 'agent',
    params: idParams,
    body: recordRef,
    responses: { 200: one },
    errors: [403, 404, 409],
  }),
  unassignInteraction: lifecycle('unassignInteraction', '/interactions/{id}/unassign', 'Give a digital interaction back to its queue; its links are written back'),
  transferInteraction: defineRoute({
    operationId: 'transferInteraction',
    method: 'post',
    path: '/interactions/{id}/transfer',
    summary: 'Transfer to a queue or an agent; the links are written back (§2.3)',
    tag: 'interactions',
    access: 'agent',
    params: idParams,
    body: z.union([z.object({ agentId: z.string().min(1).max(64), queue: z.undefined().optional() }), z.object({ queue: z.string().min(1).max(64), agentId: z.undefined().optional() })]),
    responses: { 200: one },
    errors: [403, 404, 409],
  }),
} as const;
