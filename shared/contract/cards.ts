import { z } from 'zod';
import { CHANNELS } from '../vocabulary/channel';
import { channel, idParams, isoTime, recordRef } from './common';
import { defineRoute } from './route';

export const identityPoint = z.union([
  z.object({ kind: z.literal('phone'), value: z.string() }),
  z.object({ kind: z.literal('email'), value: z.string() }),
  z.object({ kind: z.literal('handle'), channel: z.enum(CHANNELS), value: z.string() }),
]);

export const cardSchema = z
  .object({
    id: z.string(),
    channel,
    name: z.string(),
    identityPoints: z.array(identityPoint),
    interactionIds: z.array(z.string()),
    links: z.array(recordRef),
    createdAt: isoTime,
    /** Set when this card was merged into another; its id then resolves to the survivor. */
    mergedInto: z.string().optional(),
  })
  .meta({ id: 'CustomerCard' });

export const duplicateCandidate = z.object({
  card: cardSchema,
  score: z.number(),
  reasons: z.array(z.enum(['same-phone', 'same-email', 'similar-name', 'same-linked-record'])),
});

const mergeAudit = z.object({
  at: isoTime,
  by: z.string(),
  survivorId: z.string(),
  mergedIds: z.array(z.string()),
  before: z.array(cardSchema),
  added: z.object({ identityPoints: z.array(identityPoint), interactionIds: z.array(z.string()), links: z.array(recordRef) }),
});

const oneCard = z.object({ card: cardSchema, resolvedFrom: z.string().optional() });

/** Cards, their probable duplicates, merging and its audit (§6). */
export const cardRoutes = {
  searchCards: defineRoute({
    operationId: 'searchCards',
    method: 'get',
    path: '/cards',
    summary: 'Search all cards by name, phone or email; without q the 50 newest',
    tag: 'cards',
    access: 'agent',
    query: z.object({ q: z.string().max(200).optional() }),
    responses: { 200: z.object({ cards: z.array(cardSchema) }) },
  }),
  getCard: defineRoute({
    operationId: 'getCard',
    method: 'get',
    path: '/cards/{id}',
    summary: 'One card; a merged card’s id resolves to the survivor',
    tag: 'cards',
    access: 'agent',
    params: idParams,
    responses: { 200: oneCard },
    errors: [404],
  }),
  findDuplicates: defineRoute({
    operationId: 'findDuplicates',
    method: 'get',
    path: '/cards/{id}/duplicates',
    summary: 'The cards that are probably the same contact, ranked with their reasons (§6.2)',
    tag: 'cards',
    access: 'agent',
    params: idParams,
    responses: { 200: z.object({ card: cardSchema, duplicates: z.array(duplicateCandidate) }) },
    errors: [403, 404],
  }),
  mergeCards: defineRoute({
    operationId: 'mergeCards',
    method: 'post',
    path: '/cards/{id}/merge',
    summary: 'Merge cards into this one: never lossy, audited (§6.3)',
    tag: 'cards',
    access: 'agent',
    params: idParams,
    body: z.object({ cardIds: z.array(z.string().min(1).max(64)).min(1).max(50) }),
    responses: { 200: z.object({ card: cardSchema, merged: z.array(z.string()), message: z.string() }) },
    errors: [403, 404, 409],
  }),
  getCardAudit: defineRoute({
    operationId: 'getCardAudit',
    method: 'get',
    path: '/cards/{id}/audit',
    summary: 'Every merge this card took part in, with the cards as they were',
    tag: 'cards',
    access: 'agent',
    params: idParams,
    responses: { 200: z.object({ card: cardSchema, audit: z.array(mergeAudit) }) },
    errors: [404],
  }),
} as const;
