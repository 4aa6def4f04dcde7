import { Router, type Response } from 'express';
import { ccContract, diffConfig, parseConfig, redactSecrets, type Config } from '../../../shared';
import { currentAgent } from '../auth/sessions';
import type { CcContext } from '../context';
import type { CrmConnection } from '../crm/connections';
import { endpoint } from '../http/endpoint';
import { sendError } from '../http/respond';
import { currentConfig } from './currentConfig';
import { configHistory, currentVersion, discardDraft, saveDraft, saveVersion, testedConfig, versionSummary } from './history';
import { announceAgents } from './routingSetup';
import { guessIdentifier, testConnection, testLookup } from './testLookup';
import { testLookupSessions } from './testSessions';
import { validateConfig } from './validateConfig';

export interface ConfigRouteDeps {
  selfUrl: () => string;
  /** The CRM connections a configuration would use, for the save-time checks of objects and fields. */
  connectionsFor: (config: Config) => CrmConnection[];
}

const noDraft = (res: Response) => sendError(res, 404, 'not_found', { message: 'There is no draft.' });

/**
 * `/config`: the configuration (ARCHITECTURE rule 7), its versions, the admin's draft, rollback and
 * the audit; `/admin/test/*`: the console's Test lookup and Test connection (issue 18).
 */
export function configRoutes(ctx: CcContext, deps: ConfigRouteDeps): Router {
  const router = Router();
  const now = () => ctx.now().toISOString();
  const history = () => configHistory(ctx.cc.data, now());
  const validate = (body: unknown) => validateConfig(ctx, body, deps.connectionsFor);
  const sessions = testLookupSessions(deps.selfUrl);
  const draftView = () => {
    const draft = history().draft!;
    const config = parseConfig(draft.config);
    const shown = config.ok ? config.config : currentConfig(ctx.cc);
    return { ...draft, config: shown, changes: diffConfig(currentConfig(ctx.cc), shown) };
  };

  endpoint(router, ccContract.getConfig, (_input, { res, reply }) => {
    const config = currentConfig(ctx.cc);
    // Connection secrets are for admins; agents see every other setting (features drive their UI).
    reply(200, { config: currentAgent(res.locals).role === 'admin' ? config : redactSecrets(config) });
  });

  // The configuration reports its own code, `invalid_config`, with the path of each error.
  endpoint(
    router,
    ccContract.putConfig,
    async ({ body }, { res, reply }) => {
      const checked = await validate(body);
      if (!checked.ok) return sendError(res, 400, 'invalid_config', { errors: checked.errors });
      const version = await saveVersion(ctx.cc, { config: checked.config }, currentAgent(res.locals), now(), 'save');
      reply(200, { config: checked.config, version: version.version, warnings: checked.warnings });
    },
    { ownBodyValidation: true },
  );

  endpoint(router, ccContract.listConfigVersions, (_input, { reply }) => {
    const { versions } = history();
    reply(200, { current: currentVersion(history()).version, versions: [...versions].reverse().map(versionSummary) });
  });

  endpoint(router, ccContract.getConfigVersion, ({ params }, { res, reply }) => {
    const found = history().versions.find((v) => v.version === Number(params.version));
    if (!found) return sendError(res, 404, 'not_found', { message: `No version ${params.version}.` });
    const parsed = parseConfig(found.config);
    reply(200, { version: { ...versionSummary(found), config: parsed.ok ? parsed.config : currentConfig(ctx.cc), ...(found.setup ? { setup: found.setup } : {}) } });
  });

  // A rollback is a save of an earlier configuration and its queues and skills: checked against them and today's CRMs, and a new version.
  endpoint(router, ccContract.rollbackConfig, async ({ params }, { res, reply }) => {
    const found = history().versions.find((v) => v.version === Number(params.version));
    if (!found) return sendError(res, 404, 'not_found', { message: `No version ${params.version}.` });
    const setup = found.setup && { queues: found.setup.queues.map((q) => q.key), skills: found.setup.skills };
    const checked = await validateConfig(ctx, found.config, deps.connectionsFor, setup);
    if (!checked.ok) return sendError(res, 400, 'invalid_config', { message: `Version ${found.version} no longer fits the setup.`, errors: checked.errors });
    const version = await saveVersion(ctx.cc, { config: checked.config, setup: found.setup }, currentAgent(res.locals), now(), 'rollback', found.version);
    announceAgents(ctx, found.setup?.agents.map((a) => a.id) ?? []);
    reply(200, { version: versionSummary(version) });
  });

  endpoint(router, ccContract.getConfigDraft, (_input, { res, reply }) => {
    if (!history().draft) return noDraft(res);
    reply(200, { draft: draftView() });
  });

  endpoint(
    router,
    ccContract.putConfigDraft,
    async ({ body }, { res, reply }) => {
      const checked = await validate(body);
      if (!checked.ok) return sendError(res, 400, 'invalid_config', { errors: checked.errors });
      await saveDraft(ctx.cc, checked.config, currentAgent(res.locals), now());
      reply(200, { draft: draftView(), warnings: checked.warnings });
    },
    { ownBodyValidation: true },
  );

  endpoint(router, ccContract.discardConfigDraft, async (_input, { res, reply }) => {
    if (!(await discardDraft(ctx.cc, currentAgent(res.locals), now()))) return noDraft(res);
    reply(200, { discarded: true });
  });

  endpoint(router, ccContract.publishConfigDraft, async (_input, { res, reply }) => {
    const draft = history().draft;
    if (!draft) return noDraft(res);
    // The setup may have changed since the draft was saved: it is checked again.
    const checked = await validate(draft.config);
    if (!checked.ok) return sendError(res, 400, 'invalid_config', { errors: checked.errors });
    const version = await saveVersion(ctx.cc, { config: checked.config }, currentAgent(res.locals), now(), 'publish');
    history().draft = undefined;
    await ctx.cc.save();
    reply(200, { version: versionSummary(version) });
  });

  endpoint(router, ccContract.getConfigAudit, (_input, { reply }) => {
    reply(200, { entries: [...history().audit].reverse() });
  });

  const configFor = (draft: boolean): Config | null => testedConfig(ctx.cc, draft, now());

  endpoint(router, ccContract.testLookup, async ({ body }, { res, reply }) => {
    const config = configFor(body.draft);
    if (!config) return noDraft(res);
    const kind = body.kind ?? guessIdentifier(body.value);
    reply(200, { ...(await testLookup(ctx, sessions, config, body.value, kind, deps.selfUrl())), draft: body.draft });
  });

  endpoint(router, ccContract.testConnection, async ({ body }, { res, reply }) => {
    const config = configFor(body.draft);
    if (!config) return noDraft(res);
    reply(200, await testConnection(config, deps.selfUrl(), body.crm));
  });

  return router;
}
