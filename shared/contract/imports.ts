import { z } from 'zod';
import { idParams, isoTime } from './common';
import { defineRoute } from './route';

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
  source: z.enum(IMPORT_SOURCES),
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
