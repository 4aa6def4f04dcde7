import { checkRoutingSetup, parseConfig, type Config, type ConfigError, type RoutingSetup } from '../../../shared';
import type { CcContext } from '../context';
import type { CrmConnection } from '../crm/connections';
import { checkPlansAgainstCrms } from './crmSchemaCheck';
import { currentConfig } from './currentConfig';

export type ValidatedConfig = { ok: true; config: Config; warnings: ConfigError[] } | { ok: false; errors: ConfigError[] };

/**
 * One check for every way a configuration is saved (save, draft, rollback): the schema, the
 * facts it names, the contact center's queues and skills (§7.3), and the CRMs' objects and fields.
 * A refused configuration names every bad value with its path and changes nothing.
 */
export async function validateConfig(
  ctx: CcContext,
  body: unknown,
  connectionsFor: (config: Config) => CrmConnection[],
  /** The setup the configuration will run with: today's, or the one a rollback brings back. */
  setup: RoutingSetup = { queues: ctx.cc.data.queues.map((q) => q.key), skills: ctx.cc.data.skills },
): Promise<ValidatedConfig> {
  if (!body || typeof body !== 'object' || Array.isArray(body) || Object.keys(body).length === 0) {
    return { ok: false, errors: [{ path: '', message: 'the configuration must be a JSON object with at least one section' }] };
  }
  const parsed = parseConfig(body);
  if (!parsed.ok) return parsed;
  // Queues and skills must be the contact center's own: nothing is dropped silently on calls.
  const unknown = checkRoutingSetup(parsed.config.routing, setup);
  if (unknown.length) return { ok: false, errors: unknown };
  const { errors, warnings } = await checkPlansAgainstCrms(parsed.config, currentConfig(ctx.cc), connectionsFor(parsed.config));
  if (errors.length) return { ok: false, errors };
  return { ok: true, config: parsed.config, warnings };
}
