import { z } from 'zod';
import { idParams, isoTime } from './common';
import { defineRoute } from './route';
import { pushOrigin } from './tickets';

export const IMPORT_SOURCES = ['zendesk', 'salesforce'] as const;
export type ImportSource = (typeof IMPORT_SOURCES)[number];

const progress = z.object({ pages: z.number(), users: z.number(), tickets: z.number(), removedTickets: z.number() });
const counts = z.object({ importedUsers: z.number(), importedTickets: z.number(), skippedUsers: z.number(), skippedTickets: z.number() });
const entry = z.object({ kind: z.enum(['user', 'ticket']), id: z.string() });

export const importReportSchema = z
  .object({
    imported: z.array(entry.extend({ note: z.string().optional() })),
    skipped: z.array(entry.extend({ reason: z.string(), text: z.string() })),
    counts,
  })
  .meta({ id: 'ImportReport' });

const runSummary = z.object({
  id: z.string(),
  /** A CRM the import read, or the push source that sent the batch. */
  source: z.union([z.enum(IMPORT_SOURCES), pushOrigin]),
  state: z.enum(['running', 'done', 'failed']),
  phase: z.enum(['users', 'tickets', 'done']),
  startedAt: isoTime,
  finishedAt: isoTime.optional(),
  progress,
  counts,
});

export const importRun = runSummary
  .omit({ counts: true })
  .extend({ perPage: z.number().optional(), error: z.string().optional(), report: importReportSchema })
  .meta({ id: 'ImportRun' });

const pushSource = z
  .object({ id: pushOrigin, name: z.string(), createdAt: isoTime, lastPushAt: isoTime.optional(), keyHint: z.string() })
  .meta({ id: 'PushSource' });

const isoInstant = z.iso.datetime({ offset: true });
const sourceId = z.string().trim().min(1).max(120);

/** A user as another ticketing system sends it; `deleted` removes it (and frees its email). */
export const pushUser = z
  .object({
    id: sourceId,
    name: z.string().trim().min(1).max(255),
    firstName: z.string().max(255).nullable().optional(),
    lastName: z.string().max(255).nullable().optional(),
    email: z.string().max(320).nullable().optional(),
    phone: z.string().max(40).nullable().optional(),
    role: z.enum(['contact', 'agent', 'admin']),
    active: z.boolean().default(true),
    deleted: z.boolean().optional(),
    createdAt: isoInstant.optional(),
    updatedAt: isoInstant.optional(),
  })
  .meta({ id: 'PushUser' });

/** A ticket as another ticketing system sends it, with its comments and recordings by URL. */
export const pushTicket = z
  .object({
    id: sourceId,
    subject: z.string().max(500).default(''),
    description: z.string().max(100_000).nullable().optional(),
    status: z.string().trim().min(1).max(40),
    channel: z.string().trim().min(1).max(60),
    priority: z.string().max(40).nullable().optional(),
    requesterId: sourceId.nullable().optional(),
    assigneeId: sourceId.nullable().optional(),
    tags: z.array(z.string().max(80)).max(50).default([]),
    createdAt: isoInstant,
    updatedAt: isoInstant,
    solvedAt: isoInstant.nullable().optional(),
    url: z.url().max(2000).optional(),
    comments: z
      .array(z.object({ id: sourceId, authorId: sourceId.nullable().optional(), body: z.string().max(100_000), public: z.boolean().default(true), createdAt: isoInstant, channel: z.string().max(60).optional() }))
      .max(500)
      .default([]),
    recordings: z.array(z.object({ url: z.url().max(2000), durationSeconds: z.number().nonnegative().optional() })).max(50).default([]),
  })
  .meta({ id: 'PushTicket' });

/** The open import API (issue 24, seed 004's One-Connector APIs): any ticketing system sends users and tickets. */
export const pushRoutes = {
  createPushSource: defineRoute({
    operationId: 'createPushSource',
    method: 'post',
    path: '/imports/sources',
    summary: 'Register a system that pushes tickets; its API key is shown once',
    tag: 'imports',
    access: 'admin',
    body: z.object({ name: z.string().trim().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lower-case letters, digits and hyphens, up to 40') }),
    responses: { 201: z.object({ source: pushSource, apiKey: z.string() }) },
    errors: [403, 409],
  }),
  listPushSources: defineRoute({
    operationId: 'listPushSources',
    method: 'get',
    path: '/imports/sources',
    summary: 'The systems allowed to push tickets (never their keys)',
    tag: 'imports',
    access: 'admin',
    responses: { 200: z.object({ sources: z.array(pushSource) }) },
    errors: [403],
  }),
  rotatePushSourceKey: defineRoute({
    operationId: 'rotatePushSourceKey',
    method: 'post',
    path: '/imports/sources/{id}/key',
    summary: 'Give a push source a new API key; the old one stops working at once',
    tag: 'imports',
    access: 'admin',
    params: idParams,
    responses: { 200: z.object({ apiKey: z.string() }) },
    errors: [403, 404],
  }),
  pushImport: defineRoute({
    operationId: 'pushImport',
    method: 'post',
    path: '/imports/push',
    summary: 'Send a batch of users and tickets (users first); judged by the same rules (§8.2, §8.3), idempotent by the source’s ids',
    tag: 'imports',
    access: 'source-key',
    body: z.object({ users: z.array(pushUser).max(1000).default([]), tickets: z.array(pushTicket).max(1000).default([]) }),
    responses: { 200: z.object({ run: z.string(), report: importReportSchema }) },
    errors: [401, 409, 413],
  }),
} as const;

const importAlert = z.object({ runId: z.string(), error: z.string(), at: isoTime }).meta({ id: 'ImportAlert' });

const importSchedule = z
  .object({
    source: z.enum(IMPORT_SOURCES),
    /** Null: runs only by hand. */
    everyMinutes: z.number().nullable(),
    nextRunAt: isoTime.optional(),
    lastRun: z.object({ id: z.string(), state: z.enum(['running', 'done', 'failed']), startedAt: isoTime, finishedAt: isoTime.optional() }).optional(),
    /** The source's newest run failed: shown on the import page and in the admin console until a run succeeds. */
    alert: importAlert.optional(),
  })
  .meta({ id: 'ImportSchedule' });

/** Scheduled incremental runs per source, and the alerts of failed ones (issue 24). */
export const scheduleRoutes = {
  listImportSchedules: defineRoute({
    operationId: 'listImportSchedules',
    method: 'get',
    path: '/imports/schedules',
    summary: 'Each source’s schedule, its latest run, and an alert when that run failed',
    tag: 'imports',
    access: 'admin',
    responses: { 200: z.object({ schedules: z.array(importSchedule) }) },
    errors: [403],
  }),
  putImportSchedule: defineRoute({
    operationId: 'putImportSchedule',
    method: 'put',
    path: '/imports/schedules/{source}',
    summary: 'Run a source’s import every so many minutes (5 to 10080), or only by hand (null)',
    tag: 'imports',
    access: 'admin',
    params: z.object({ source: z.enum(IMPORT_SOURCES) }),
    body: z.object({ everyMinutes: z.number().int().min(5).max(10_080).nullable() }),
    responses: { 200: importSchedule },
    errors: [403],
  }),
} as const;

/** Ticket imports from the CRMs (§8.1, §8.5): admin only. */
export const importRoutes = {
  startImport: defineRoute({
    operationId: 'startImport',
    method: 'post',
    path: '/imports',
    summary: 'Start an import run from a CRM; poll it at the Location',
    tag: 'imports',
    access: 'admin',
    body: z.object({ source: z.enum(IMPORT_SOURCES), perPage: z.number().int().min(1).max(1000).optional() }),
    responses: { 202: z.object({ id: z.string() }) },
    errors: [403, 409],
    invalidCode: { source: 'invalid_source', perPage: 'invalid_per_page' },
  }),
  listImports: defineRoute({
    operationId: 'listImports',
    method: 'get',
    path: '/imports',
    summary: 'Every import run, newest first',
    tag: 'imports',
    access: 'admin',
    responses: { 200: z.object({ imports: z.array(runSummary) }) },
    errors: [403],
  }),
  getImport: defineRoute({
    operationId: 'getImport',
    method: 'get',
    path: '/imports/{id}',
    summary: 'One run with its report: every imported and skipped user and ticket, and why',
    tag: 'imports',
    access: 'admin',
    params: idParams,
    responses: { 200: importRun },
    errors: [403, 404],
  }),
  purgeExpiredTickets: defineRoute({
    operationId: 'purgeExpiredTickets',
    method: 'post',
    path: '/tickets/retention',
    summary: 'Remove tickets older than the 90-day retention now',
    tag: 'imports',
    access: 'admin',
    responses: { 200: z.object({ purged: z.array(z.string()) }) },
    errors: [403],
  }),
} as const;
