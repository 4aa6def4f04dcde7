import { Router } from 'express';
import { ccContract, checkRoutingSetup, parseConfig, type Config } from '../../../shared';
import { currentAgent } from '../auth/sessions';
import type { CcContext } from '../context';
import { endpoint } from '../http/endpoint';
import { sendError } from '../http/respond';
import { currentConfig } from './currentConfig';

const SECRET = /password|secret|token/i;

/** Connection secrets are for admins; agents see every other setting (features drive their UI). */
function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SECRET.test(k) && typeof v === 'string' ? '********' : redactSecrets(v)]));
}

/** `GET/PUT /config`: feature switches, CRM connections, IVR lookup plan, routing rules (ARCHITECTURE rule 7). */
export function configRoutes(ctx: CcContext): Router {
  const router = Router();
  endpoint(router, ccContract.getConfig, (_input, { res, reply }) => {
    const config = currentConfig(ctx.cc);
    reply(200, { config: currentAgent(res.locals).role === 'admin' ? config : (redactSecrets(config) as Config) });
  });
  // The configuration reports its own code, `invalid_config`, with the path of each error.
  endpoint(
    router,
    ccContract.putConfig,
    async ({ body }, { res, reply }) => {
      if (!body || typeof body !== 'object' || Array.isArray(body) || Object.keys(body).length === 0) {
        return sendError(res, 400, 'invalid_config', { errors: [{ path: '', message: 'the configuration must be a JSON object with at least one section' }] });
      }
      const parsed = parseConfig(body);
      // Bad config changes nothing and names every bad value with its path.
      if (!parsed.ok) return sendError(res, 400, 'invalid_config', { errors: parsed.errors });
      // Queues and skills must be the contact center's own (§7.3): nothing is dropped silently on calls.
      const setup = { queues: ctx.cc.data.queues.map((q) => q.key), skills: ctx.cc.data.skills };
      const unknown = checkRoutingSetup(parsed.config.routing, setup);
      if (unknown.length) return sendError(res, 400, 'invalid_config', { errors: unknown });
      ctx.cc.data.config = parsed.config;
      await ctx.cc.save();
      reply(200, { config: parsed.config });
    },
    { ownBodyValidation: true },
  );
  return router;
}
