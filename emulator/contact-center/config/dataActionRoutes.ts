import { Router } from 'express';
import { ccContract, runDataAction } from '../../../shared';
import type { CcContext } from '../context';
import { endpoint } from '../http/endpoint';
import { sendError } from '../http/respond';
import { testedConfig } from './history';

/**
 * The console's *Test* of a generic data action (issue 19): the action of the published
 * configuration or of the draft, run with the admin's input exactly as a call would run it.
 * The answer shows the request with its secrets masked; the secrets themselves never leave.
 */
export function dataActionRoutes(ctx: CcContext, selfUrl: () => string): Router {
  const router = Router();
  endpoint(router, ccContract.testDataAction, async ({ body }, { res, reply }) => {
    const config = testedConfig(ctx.cc, body.draft, ctx.now().toISOString());
    if (!config) return sendError(res, 404, 'not_found', { message: 'There is no draft.' });
    const action = config.dataActions.actions.find((a) => a.id === body.id);
    if (!action) return sendError(res, 404, 'not_found', { message: `No data action '${body.id}'.` });
    const result = await runDataAction(action, body.input, { secrets: config.dataActions.secrets, origin: selfUrl() });
    const mapped = 'mapped' in result && result.mapped !== undefined;
    const contract = result.outcome === 'found' ? { ok: true } : result.outcome === 'error' && result.reason === 'contract' ? { ok: false, errors: result.detail } : undefined;
    reply(200, {
      action: action.id,
      outcome: result.outcome,
      ...(result.outcome === 'error' ? { reason: result.reason, detail: result.detail } : {}),
      request: result.request,
      status: result.status,
      raw: result.raw,
      ...(mapped ? { mapped: result.mapped } : {}),
      ...(result.outcome === 'found' ? { output: result.output } : {}),
      ...(contract ? { contract } : {}),
      ms: Math.round(result.ms),
    });
  });
  return router;
}
