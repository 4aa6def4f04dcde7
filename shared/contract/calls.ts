import { z } from 'zod';
import { idParams, text } from './common';
import { customerToken, interactionSchema } from './interactionSchema';
import { defineRoute } from './route';

/** The identifiers an IVR asks for when the phone number did not identify the caller (§7.2). */
export const IVR_IDENTIFIER_KINDS = ['accountNumber', 'caseNumber', 'email'] as const;
export type IvrIdentifierKind = (typeof IVR_IDENTIFIER_KINDS)[number];

const one = z.object({ interaction: interactionSchema });

/** Calls entering the IVR (§7): identification by ANI, another identifier, then routing. */
export const callRoutes = {
  placeCall: defineRoute({
    operationId: 'placeCall',
    method: 'post',
    path: '/calls',
    summary: 'A call enters the IVR: the caller is looked up by ANI in the CRMs and routed',
    tag: 'calls',
    access: 'agent',
    body: z.object({ ani: text(64), dnis: text(64).optional() }),
    responses: { 201: z.object({ interaction: interactionSchema, customerToken }) },
  }),
  giveIdentifier: defineRoute({
    operationId: 'giveIdentifier',
    method: 'post',
    path: '/interactions/{id}/ivr/identifier',
    summary: 'The caller gives another identifier in the IVR; looked up again, then routed',
    tag: 'calls',
    access: 'agent',
    params: idParams,
    body: z.object({ kind: z.enum(IVR_IDENTIFIER_KINDS), value: text(200) }),
    responses: { 200: one },
    errors: [404, 409],
  }),
  queueAsIs: defineRoute({
    operationId: 'queueAsIs',
    method: 'post',
    path: '/interactions/{id}/ivr/route',
    summary: 'The caller gave no other identifier: the call is queued as it is',
    tag: 'calls',
    access: 'agent',
    params: idParams,
    responses: { 200: one },
    errors: [404, 409],
  }),
} as const;
