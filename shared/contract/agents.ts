import { z } from 'zod';
import { id, idParams, isoTime } from './common';
import { defineRoute } from './route';
import { routingSetupSchema } from '../routing/setupSchema';

export const agentState = z.enum(['available', 'unavailable']);

/** An agent as the API shows one: never the password hash. */
export const agentView = z
  .object({
    id: z.string(),
    name: z.string(),
    username: z.string(),
    role: z.enum(['agent', 'supervisor', 'admin']),
    queues: z.array(z.string()),
    skills: z.array(z.string()),
    state: agentState,
    idleSince: isoTime,
    activeInteractions: z.array(z.string()).optional(),
    /** The interaction the card follows (issue 15): part of the agent's state, so every tab agrees. */
    focusInteractionId: z.string().optional(),
  })
  .meta({ id: 'Agent' });

const queue = z.object({ key: z.string(), name: z.string() });
const setupView = z.object({ agents: z.array(agentView), queues: z.array(queue), skills: z.array(z.string()) });

export const agentRoutes = {
  listAgents: defineRoute({
    operationId: 'listAgents',
    method: 'get',
    path: '/agents',
    summary: 'Every agent with their active interactions, the queues and the skills',
    tag: 'agents',
    access: 'agent',
    responses: { 200: setupView },
  }),
  putRoutingSetup: defineRoute({
    operationId: 'putRoutingSetup',
    method: 'put',
    path: '/routing-setup',
    summary: "Replace the queues, the skills and agents' queues and skills; what the published routing rules still name cannot go",
    tag: 'agents',
    access: 'admin',
    body: routingSetupSchema,
    /** Every change is a version of the configuration's history (author, time, diff, audit, rollback). */
    responses: { 200: setupView.extend({ version: z.number().int() }) },
    errors: [403],
  }),
  getMe: defineRoute({
    operationId: 'getMe',
    method: 'get',
    path: '/agents/me',
    summary: 'The signed-in agent',
    tag: 'agents',
    access: 'agent',
    responses: { 200: z.object({ agent: agentView }) },
  }),
  getAgent: defineRoute({
    operationId: 'getAgent',
    method: 'get',
    path: '/agents/{id}',
    summary: 'One agent',
    tag: 'agents',
    access: 'agent',
    params: idParams,
    responses: { 200: z.object({ agent: agentView }) },
    errors: [404],
  }),
  setAgentState: defineRoute({
    operationId: 'setAgentState',
    method: 'put',
    path: '/agents/{id}/state',
    summary: 'Go available or unavailable (agents set their own; admins anyone’s)',
    tag: 'agents',
    access: 'agent',
    params: z.object({ id }),
    body: z.object({ state: agentState }),
    responses: { 200: z.object({ agent: agentView }) },
    errors: [403, 404],
  }),
  setAgentFocus: defineRoute({
    operationId: 'setAgentFocus',
    method: 'put',
    path: '/agents/{id}/focus',
    summary: 'The interaction the agent’s card follows (null: none); every open tab follows it',
    tag: 'agents',
    access: 'agent',
    params: z.object({ id }),
    body: z.object({ interactionId: id.nullable() }),
    responses: { 200: z.object({ agent: agentView }) },
    errors: [403, 404, 409],
  }),
} as const;
