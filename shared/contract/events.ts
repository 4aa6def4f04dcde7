import { z } from 'zod';
import { agentView } from './agents';
import { cardSchema } from './cards';
import { id } from './common';
import { interactionMessage, interactionSchema } from './interactionSchema';
import { linkSchema } from './links';
import { defineRoute } from './route';

/** Why a card changed: the card refreshes the matching section (§1.2). */
export const cardChange = z.object({
  cardId: z.string().optional(),
  interactionId: z.string().optional(),
  reason: z.enum(['message', 'link', 'unlink', 'merge', 'written']),
  link: linkSchema.optional(),
  message: interactionMessage.optional(),
  merged: z.array(z.string()).optional(),
  card: cardSchema.optional(),
});

/** Every event of an agent's stream, by its SSE `event:` name. */
export const agentEventSchemas = {
  /** An interaction offered to the agent, with the context the alert shows (§7.6). */
  'interaction.alerting': z.object({
    interaction: interactionSchema,
    queue: z.string().optional(),
    skills: z.array(z.string()).optional(),
    participantData: z.record(z.string(), z.unknown()).optional(),
  }),
  'interaction.updated': z.object({ interaction: interactionSchema }),
  'card.updated': cardChange,
  'agent.updated': z.object({ agent: agentView }),
} as const;

export type AgentEventType = keyof typeof agentEventSchemas;
export const AGENT_EVENT_TYPES = Object.keys(agentEventSchemas) as AgentEventType[];

/** One event of the stream, typed by its name. */
export type AgentEvent = { [T in AgentEventType]: { type: T; data: z.output<(typeof agentEventSchemas)[T]> } }[AgentEventType];
export type AgentEventData<T extends AgentEventType> = z.output<(typeof agentEventSchemas)[T]>;

export const eventRoutes = {
  agentEvents: defineRoute({
    operationId: 'agentEvents',
    method: 'get',
    path: '/agents/{id}/events',
    summary: 'The agent’s own Server-Sent Events stream (admins may watch anyone’s)',
    tag: 'events',
    access: 'agent',
    params: z.object({ id }),
    responses: { 200: z.string().meta({ description: 'text/event-stream: events interaction.alerting, interaction.updated, card.updated, agent.updated' }) },
    errors: [403],
    stream: true,
  }),
} as const;
