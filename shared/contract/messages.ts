import { z } from 'zod';
import { DIGITAL_CHANNELS } from '../vocabulary/channel';
import { idParams, text } from './common';
import { customerToken, interactionMessage, interactionSchema } from './interactionSchema';
import { defineRoute } from './route';

/** Emails, chats and messages (§6.4): identified by address or number, routed, refreshed per message (§1.2). */
export const messageRoutes = {
  startDigitalInteraction: defineRoute({
    operationId: 'startDigitalInteraction',
    method: 'post',
    path: '/interactions',
    summary: 'A customer writes on a digital channel: a new interaction, identified and routed',
    tag: 'messages',
    access: 'agent',
    body: z.object({ channel: z.enum(DIGITAL_CHANNELS), from: text(320), text: text(20_000), subject: text(255).optional() }),
    responses: { 201: z.object({ interaction: interactionSchema, customerToken }) },
  }),
  postMessage: defineRoute({
    operationId: 'postMessage',
    method: 'post',
    path: '/interactions/{id}/messages',
    summary: 'A message of a digital interaction, from the customer or the agent',
    tag: 'messages',
    access: 'agent',
    params: idParams,
    body: z.object({ from: text(320), text: text(20_000) }),
    responses: { 201: z.object({ message: interactionMessage }) },
    errors: [404, 409],
  }),
} as const;
