import { z } from 'zod';
import { configSchema } from '../config/schema';
import { IDENTIFIERS } from '../ivr/lookupPlan';
import { crm, crmRecord, isoTime, text } from './common';
import { ivrActionRun } from './interactionSchema';
import { defineRoute } from './route';

/** One changed value between two configurations; secrets are masked on both sides. */
export const configChange = z.object({ path: z.string(), before: z.unknown().optional(), after: z.unknown().optional() }).meta({ id: 'ConfigChange' });

const author = z.object({ id: z.string(), name: z.string() });

/** A saved configuration: every save is a new version, a rollback too. */
export const configVersionSummary = z
  .object({
    version: z.number().int().min(1),
    author,
    at: isoTime,
    /** `setup`: the queues, skills or agents' queues and skills changed (`PUT /routing-setup`); the configuration stayed. */
    action: z.enum(['initial', 'save', 'publish', 'rollback', 'setup']),
    /** The version a rollback restored. */
    rollbackOf: z.number().int().optional(),
    changes: z.array(configChange),
  })
  .meta({ id: 'ConfigVersionSummary' });

const draftView = z.object({ author, at: isoTime, basedOn: z.number().int(), config: configSchema, changes: z.array(configChange) });

/** A check of the configuration that could not be made (a CRM was down) or found something to look at. */
export const configWarning = z.object({ path: z.string(), message: z.string() });

export const auditEntry = z
  .object({
    at: isoTime,
    actor: author.extend({ role: z.string() }),
    action: z.enum(['save', 'draft', 'discard-draft', 'publish', 'rollback', 'setup']),
    version: z.number().int().optional(),
    changes: z.array(configChange),
  })
  .meta({ id: 'ConfigAuditEntry' });

/** The queues, skills and agents' queues and skills a version holds; absent in versions older than their versioning. */
const routingSetupSnapshot = z.object({
  queues: z.array(z.object({ key: z.string(), name: z.string() })),
  skills: z.array(z.string()),
  agents: z.array(z.object({ id: z.string(), queues: z.array(z.string()), skills: z.array(z.string()) })),
});

const versionParams = z.object({ version: z.string().regex(/^[1-9]\d{0,8}$/, 'a version number') });

/** A request inside a batch (ServiceNow's Batch API, Salesforce's Composite Batch): what was asked and how it was answered. */
const batchPart = z.object({ method: z.string(), url: z.string(), status: z.number().int().optional(), ms: z.number().optional() });
const httpRequest = z.object({ method: z.string(), url: z.string(), status: z.number().int().optional(), ms: z.number(), parts: z.array(batchPart).optional() });

/** How one CRM answered a test lookup: the requests it took, its time, what it found or why it was skipped. */
const crmTrace = z.object({ crm, ms: z.number(), requests: z.array(httpRequest), matches: z.array(crmRecord), skipped: z.string().optional() });

const testLookupBody = z.object({
  value: text(200),
  /** What the value is; guessed from it when absent (an address has @, a case number CS/CASE, digits with + or many digits a phone). */
  kind: z.enum(IDENTIFIERS).optional(),
  /** Test the draft instead of the published configuration. */
  draft: z.boolean().default(false),
});

const testLookupResponse = z.object({
  kind: z.enum(IDENTIFIERS),
  draft: z.boolean(),
  crms: z.array(crmTrace),
  outcome: z.enum(['identified', 'ambiguous', 'not-identified']),
  greeting: z.string(),
  identified: crmRecord.optional(),
  facts: z.record(z.string(), z.unknown()),
  /** How each data action step of the lookup plan went, as on a call (issue 19). */
  actions: z.array(ivrActionRun).optional(),
  routing: z.object({ queue: z.string(), skills: z.array(z.string()), reasons: z.array(z.string()) }),
});

const testConnectionResponse = z.object({
  crm,
  ok: z.boolean(),
  ms: z.number(),
  requests: z.array(httpRequest),
  record: crmRecord.optional(),
  error: z.string().optional(),
});

/** Versions, drafts, rollback, audit and the console's Test buttons (issue 18). */
export const adminRoutes = {
  listConfigVersions: defineRoute({
    operationId: 'listConfigVersions',
    method: 'get',
    path: '/config/versions',
    summary: 'Every saved version of the configuration, newest first, with author, time and changes',
    tag: 'config',
    access: 'admin',
    responses: { 200: z.object({ current: z.number().int(), versions: z.array(configVersionSummary) }) },
    errors: [403],
  }),
  getConfigVersion: defineRoute({
    operationId: 'getConfigVersion',
    method: 'get',
    path: '/config/versions/{version}',
    summary: 'One version with its whole configuration',
    tag: 'config',
    access: 'admin',
    params: versionParams,
    responses: { 200: z.object({ version: configVersionSummary.extend({ config: configSchema, setup: routingSetupSnapshot.optional() }) }) },
    errors: [403, 404],
  }),
  rollbackConfig: defineRoute({
    operationId: 'rollbackConfig',
    method: 'post',
    path: '/config/versions/{version}/rollback',
    summary: 'Make an earlier version current again, with its queues and skills, as a new version',
    tag: 'config',
    access: 'admin',
    params: versionParams,
    responses: { 200: z.object({ version: configVersionSummary }) },
    errors: [403, 404],
  }),
  getConfigDraft: defineRoute({
    operationId: 'getConfigDraft',
    method: 'get',
    path: '/config/draft',
    summary: 'The draft being prepared, with its changes from the current version',
    tag: 'config',
    access: 'admin',
    responses: { 200: z.object({ draft: draftView }) },
    errors: [403, 404],
  }),
  putConfigDraft: defineRoute({
    operationId: 'putConfigDraft',
    method: 'put',
    path: '/config/draft',
    summary: 'Save a draft: validated like a save, but calls keep the current version until it is published',
    tag: 'config',
    access: 'admin',
    body: configSchema,
    responses: { 200: z.object({ draft: draftView, warnings: z.array(configWarning) }) },
    errors: [403],
  }),
  discardConfigDraft: defineRoute({
    operationId: 'discardConfigDraft',
    method: 'delete',
    path: '/config/draft',
    summary: 'Throw the draft away',
    tag: 'config',
    access: 'admin',
    responses: { 200: z.object({ discarded: z.literal(true) }) },
    errors: [403, 404],
  }),
  publishConfigDraft: defineRoute({
    operationId: 'publishConfigDraft',
    method: 'post',
    path: '/config/draft/publish',
    summary: 'The draft becomes the current configuration, as a new version',
    tag: 'config',
    access: 'admin',
    responses: { 200: z.object({ version: configVersionSummary }) },
    errors: [403, 404],
  }),
  getConfigAudit: defineRoute({
    operationId: 'getConfigAudit',
    method: 'get',
    path: '/config/audit',
    summary: 'Who changed what in the configuration, newest first; secrets never appear',
    tag: 'config',
    access: 'agent',
    responses: { 200: z.object({ entries: z.array(auditEntry) }) },
  }),
  testLookup: defineRoute({
    operationId: 'testLookup',
    method: 'post',
    path: '/admin/test/lookup',
    summary: "Run the IVR's lookup as a call would: each CRM's requests, time and matches, then the greeting and the routing decision with its reasons",
    tag: 'config',
    access: 'admin',
    body: testLookupBody,
    responses: { 200: testLookupResponse },
    errors: [403, 404],
  }),
  testConnection: defineRoute({
    operationId: 'testConnection',
    method: 'post',
    path: '/admin/test/connection',
    summary: 'Sign in to one CRM and read one record',
    tag: 'config',
    access: 'admin',
    body: z.object({ crm, draft: z.boolean().default(false) }),
    responses: { 200: testConnectionResponse },
    errors: [403],
  }),
} as const;
