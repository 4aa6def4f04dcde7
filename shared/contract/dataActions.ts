import { z } from 'zod';
import { defineRoute } from './route';

const renderedRequest = z.object({ method: z.string(), url: z.string(), headers: z.record(z.string(), z.string()), body: z.string().optional() });

/** One run of a data action as the console's Test shows it: what was sent (secrets masked), what came back, the mapping and the contract check. */
export const dataActionRun = z
  .object({
    action: z.string(),
    outcome: z.enum(['found', 'not-found', 'error']),
    reason: z.string().optional(),
    detail: z.string().optional(),
    request: renderedRequest,
    status: z.number().int().optional(),
    raw: z.unknown().optional(),
    mapped: z.unknown().optional(),
    output: z.record(z.string(), z.unknown()).optional(),
    /** Whether the mapped output keeps the action's output contract; absent when nothing was mapped. */
    contract: z.object({ ok: z.boolean(), errors: z.string().optional() }).optional(),
    ms: z.number(),
  })
  .meta({ id: 'DataActionRun' });

/** The console's *Test* of a generic data action (issue 19). */
export const dataActionRoutes = {
  testDataAction: defineRoute({
    operationId: 'testDataAction',
    method: 'post',
    path: '/admin/test/data-action',
    summary: 'Run one data action of the configuration with an input: the request sent (secrets masked), the raw answer, the mapped output and the output contract check',
    tag: 'config',
    access: 'admin',
    body: z.object({
      id: z.string().min(1).max(41),
      input: z.record(z.string(), z.unknown()),
      /** Test the draft's action instead of the published one. */
      draft: z.boolean().default(false),
    }),
    responses: { 200: dataActionRun },
    errors: [403, 404],
  }),
} as const;
