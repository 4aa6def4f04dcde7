import { z } from 'zod';
import { id, idParams, isoTime, recordRef } from './common';
import { defineRoute } from './route';

export const linkSchema = z
  .object({
    id: z.string(),
    interactionId: z.string(),
    record: recordRef,
    state: z.enum(['linked', 'due', 'written', 'unlinked', 'unlinked-after-write']),
    linkedAt: isoTime,
    writtenAt: isoTime.optional(),
    unlinkedAt: isoTime.optional(),
    /** The activity written back on the record, once written. */
    activity: recordRef.optional(),
    /** Where the write-back stands (issue 15 item 7): nothing is silent. */
    writeBack: z
      .object({
        status: z.enum(['pending', 'written', 'retrying', 'failed']),
        attempts: z.number().int(),
        /** The CRM's error of the last try. */
        lastError: z.string().optional(),
        nextAttemptAt: isoTime.optional(),
      })
      .optional(),
  })
  .meta({ id: 'Link' });

/** Link and unlink CRM records to an interaction (§2.1); each link carries its write-back state. */
export const linkRoutes = {
  listLinks: defineRoute({
    operationId: 'listLinks',
    method: 'get',
    path: '/interactions/{id}/links',
    summary: 'The links of an interaction with their write-back state',
    tag: 'links',
    access: 'agent',
    params: idParams,
    responses: { 200: z.object({ links: z.array(linkSchema) }) },
    errors: [404],
  }),
  createLink: defineRoute({
    operationId: 'createLink',
    method: 'post',
    path: '/interactions/{id}/links',
    summary: 'Link a CRM record: the interaction is written back to it at the right moment (§2.3)',
    tag: 'links',
    access: 'agent',
    params: idParams,
    body: recordRef,
    responses: { 201: z.object({ link: linkSchema }) },
    errors: [403, 404, 409],
  }),
  deleteLink: defineRoute({
    operationId: 'deleteLink',
    method: 'delete',
    path: '/interactions/{id}/links/{linkId}',
    summary: 'Unlink: before the write-back nothing is written, after it updates stop',
    tag: 'links',
    access: 'agent',
    params: z.object({ id, linkId: id }),
    responses: { 200: z.object({ link: linkSchema }) },
    errors: [404, 409],
  }),
  retryWriteBack: defineRoute({
    operationId: 'retryWriteBack',
    method: 'post',
    path: '/interactions/{id}/links/{linkId}/retry',
    summary: 'Try a write-back the outbox gave up on again, now',
    tag: 'links',
    access: 'agent',
    params: z.object({ id, linkId: id }),
    responses: { 200: z.object({ link: linkSchema }) },
    errors: [403, 404, 409],
  }),
} as const;
