import express, { Router, type Request, type Response } from 'express';
import { CRM_NAMES, CRMS, isCrm, redactSecrets, type Config, type ConfigError, type Identifier } from '../../../shared';
import type { ServiceContext } from '../../service';
import { escapeHtml, pageAgent, requirePageSession } from '../common';
import { pageCcClient } from '../common/pageCcClient';
import { withFormValues } from './formToConfig';
import { auditPage, diffTable, versionsPage } from './historyPages';
import { adminShell, alertBox, ADMIN_PAGES, type AdminPageKey, type DraftState } from './layout';
import { formPathOf, readSectionForm, renderSectionForm } from './sectionForm';
import { isSection, SECTIONS, type SectionKey } from './sections';
import { setupBody, setupFields } from './setupForm';
import { createDataActionPages } from './dataActionsPage';
import { connectionResult, lookupForm, lookupResult } from './testResults';

type Api = ReturnType<typeof pageCcClient>;

const form = express.urlencoded({ extended: false, limit: '256kb' });
const IDENTIFIER_KINDS = ['ani', 'account-number', 'case-number', 'email'];
const bodyOf = (req: Request) => (req.body ?? {}) as Record<string, string>;

/** The configuration the console edits: the draft when there is one, else the published version. */
async function working(api: Api): Promise<{ config: Config; draft: DraftState }> {
  const [draft, versions] = await Promise.all([api.send('getConfigDraft'), api.call('listConfigVersions')]);
  if (draft.status === 200) return { config: draft.body.draft.config, draft: { changes: draft.body.draft.changes.length, current: versions.current } };
  return { config: (await api.call('getConfig')).config, draft: { changes: null, current: versions.current } };
}

/** Where the console is served: `serviceConsole` links the local Lightning console, which only the emulator serves. */
export interface AdminPagesSetup {
  serviceConsole: boolean;
}

/**
 * The admin console at `/admin` (issue 18): server-rendered pages over the contact-center API,
 * called with the admin's own session. Every change goes into a draft, tested and then published.
 */
export function createAdminPages(context: ServiceContext, setup: AdminPagesSetup = { serviceConsole: true }): Router {
  const router = Router();
  const signedIn = requirePageSession(context);
  const adminOnly = (req: Request, res: Response, next: () => void) => {
    if (pageAgent(res).role === 'admin') return next();
    res.status(403).type('html').send(adminShell(null, 'Admin console', '<p role="alert">Only an admin can use the admin console.</p>', null, setup.serviceConsole));
  };
  router.use('/admin', signedIn, adminOnly);

  const send = (res: Response, status: number, page: AdminPageKey, content: string, draft: DraftState) => {
    const title = ADMIN_PAGES.find(([key]) => key === page)![1];
    res.status(status).type('html').send(adminShell(page, title, content, draft, setup.serviceConsole));
  };

  /** A section page: its form (with what was typed and the errors after a refusal) and the page's Test tools. */
  async function sectionPage(req: Request, res: Response, key: SectionKey, extra: { status?: number; typed?: Record<string, string>; errors?: ConfigError[]; notice?: string; result?: string } = {}) {
    const api = pageCcClient(context, req);
    const [{ config, draft }, { queues, skills }] = await Promise.all([working(api), api.call('listAgents')]);
    const spec = SECTIONS[key];
    const shownConfig = key === 'connections' ? redactSecrets(config) : config;
    const formHtml = renderSectionForm({ action: `/admin/${key}`, fields: spec.fields({ config, queues: queues.map((q) => q.key), skills }), config: shownConfig, typed: extra.typed, errors: extra.errors });
    const tools = key === 'lookup' ? lookupForm('/admin/lookup/test', 'Test lookup', bodyOf(req).value, bodyOf(req).kind)
      : key === 'routing' ? lookupForm('/admin/routing/simulate', 'Simulate caller', bodyOf(req).value, bodyOf(req).kind)
      : key === 'connections' ? connectionButtons()
      : '';
    send(res, extra.status ?? 200, key, `<p class="slds-m-bottom_small">${escapeHtml(spec.intro)}</p>${extra.notice ?? ''}${extra.result ?? ''}${tools}${formHtml}`, draft);
  }

  const connectionButtons = () =>
    `<div class="slds-box slds-theme_default slds-m-bottom_medium"><h2 class="slds-text-heading_small">Test connection</h2><p>Signs in with the saved settings (the draft's when there is one) and reads one record.</p>${CRMS.map(
      (crm) => `<form method="post" action="/admin/connections/test" class="slds-show_inline-block slds-m-right_x-small slds-m-top_x-small"><input type="hidden" name="crm" value="${crm}"><button class="slds-button slds-button_neutral" type="submit">Test ${escapeHtml(CRM_NAMES[crm])}</button></form>`,
    ).join('')}</div>`;

  router.get('/admin', (_req, res) => res.redirect(302, '/admin/lookup'));
  router.use(createDataActionPages(context, working, setup.serviceConsole));

  /** Queues and skills: the contact center's setup, saved at once as a new version (no draft: agents' skills change while calls run). */
  async function queuesPage(req: Request, res: Response, extra: { status?: number; typed?: Record<string, string>; errors?: ConfigError[]; notice?: string } = {}) {
    const api = pageCcClient(context, req);
    const [{ draft }, setup] = await Promise.all([working(api), api.call('listAgents')]);
    const formHtml = renderSectionForm({ action: '/admin/queues', fields: setupFields(setup), config: setup, typed: extra.typed, errors: extra.errors, submit: 'Save queues and skills' });
    send(res, extra.status ?? 200, 'queues', `<p class="slds-m-bottom_small">The contact center's queues and skills, which routing rules name, and the queues and skills of each agent. Saved at once as a new version, which the Versions page can roll back: calls use them from the next one.</p>${extra.notice ?? ''}${formHtml}`, draft);
  }

  router.get('/admin/queues', async (req, res) => queuesPage(req, res, { notice: req.query.saved ? alertBox('success', 'Queues and skills saved.') : '' }));

  router.post('/admin/queues', form, async (req, res) => {
    const api = pageCcClient(context, req);
    const setup = await api.call('listAgents');
    const read = readSectionForm(setupFields(setup), bodyOf(req));
    if (read.errors.length) return queuesPage(req, res, { status: 400, typed: read.typed, errors: read.errors });
    const saved = await api.send('putRoutingSetup', { body: setupBody(setup, read.values) });
    if (saved.status !== 200) {
      const errors = (saved.body.errors ?? [{ path: '', message: saved.body.message ?? 'refused' }]).map((e) => ({ ...e, path: formPathOf(e.path, read.renamed) }));
      return queuesPage(req, res, { status: 400, typed: read.typed, errors });
    }
    res.redirect(303, '/admin/queues?saved=1');
  });

  router.get('/admin/versions', async (req, res) => {
    const api = pageCcClient(context, req);
    const [{ draft }, { current, versions }, pending] = await Promise.all([working(api), api.call('listConfigVersions'), api.send('getConfigDraft')]);
    const notice = typeof req.query.notice === 'string' ? alertBox('success', req.query.notice) : '';
    const draftDiff = pending.status === 200 ? diffTable(pending.body.draft.changes, 'The draft, against the current version') : '';
    send(res, 200, 'versions', notice + draftDiff + versionsPage(current, versions), draft);
  });

  router.get('/admin/audit', async (req, res) => {
    const api = pageCcClient(context, req);
    const [{ draft }, { entries }] = await Promise.all([working(api), api.call('getConfigAudit')]);
    send(res, 200, 'audit', auditPage(entries), draft);
  });

  router.get('/admin/:page', async (req, res, next) => {
    const key = String(req.params.page);
    if (!isSection(key)) return next();
    const notice = req.query.saved ? alertBox('success', 'Saved to the draft. Test it, then publish it.') : '';
    await sectionPage(req, res, key, { notice });
  });

  // A section's form: its values go into the draft; a refusal shows the page again as typed, errors beside the fields.
  router.post('/admin/:page', form, async (req, res, next) => {
    const key = String(req.params.page);
    if (!isSection(key)) return next();
    const api = pageCcClient(context, req);
    const [{ config }, { queues, skills }] = await Promise.all([working(api), api.call('listAgents')]);
    const fields = SECTIONS[key].fields({ config, queues: queues.map((q) => q.key), skills });
    const read = readSectionForm(fields, bodyOf(req));
    if (read.errors.length) return sectionPage(req, res, key, { status: 400, typed: read.typed, errors: read.errors });
    const saved = await api.send('putConfigDraft', { body: withFormValues(config, fields, read.values) });
    if (saved.status !== 200) {
      const errors = (saved.body.errors ?? [{ path: '', message: saved.body.message ?? 'refused' }]).map((e) => ({ ...e, path: formPathOf(e.path, read.renamed) }));
      return sectionPage(req, res, key, { status: 400, typed: read.typed, errors });
    }
    const warnings = saved.body.warnings;
    if (warnings.length) return sectionPage(req, res, key, { notice: warnings.map((w) => alertBox('warning', `${w.path}: ${w.message}`)).join('') });
    res.redirect(303, `/admin/${key}?saved=1`);
  });

  // Test lookup and Simulate caller run against the draft when there is one: that is what the admin is about to publish.
  for (const [path, page] of [['/admin/lookup/test', 'lookup'], ['/admin/routing/simulate', 'routing']] as const) {
    router.post(path, form, async (req, res) => {
      const api = pageCcClient(context, req);
      const { value = '', kind = '' } = bodyOf(req);
      const hasDraft = (await api.send('getConfigDraft')).status === 200;
      const tested = await api.send('testLookup', { body: { value, draft: hasDraft, ...(IDENTIFIER_KINDS.includes(kind) ? { kind: kind as Identifier } : {}) } });
      const result = tested.status === 200 ? lookupResult(tested.body) : alertBox('error', tested.body.errors?.map((e) => `${e.path}: ${e.message}`).join('; ') ?? tested.body.message ?? 'The test failed.');
      await sectionPage(req, res, page, { status: tested.status === 200 ? 200 : 400, result });
    });
  }

  router.post('/admin/connections/test', form, async (req, res) => {
    const crm = bodyOf(req).crm;
    if (!isCrm(crm)) return sectionPage(req, res, 'connections', { status: 400, result: alertBox('error', 'Choose a CRM to test.') });
    const api = pageCcClient(context, req);
    const hasDraft = (await api.send('getConfigDraft')).status === 200;
    await sectionPage(req, res, 'connections', { result: connectionResult(await api.call('testConnection', { body: { crm, draft: hasDraft } })) });
  });

  router.post('/admin/draft/publish', async (req, res) => {
    const published = await pageCcClient(context, req).send('publishConfigDraft');
    const notice = published.status === 200 ? `Published version ${published.body.version.version}.` : `Not published: ${published.body.errors?.map((e) => `${e.path}: ${e.message}`).join('; ') ?? published.body.message}`;
    res.redirect(303, `/admin/versions?notice=${encodeURIComponent(notice)}`);
  });

  router.post('/admin/draft/discard', async (req, res) => {
    await pageCcClient(context, req).send('discardConfigDraft');
    res.redirect(303, `/admin/versions?notice=${encodeURIComponent('Draft discarded.')}`);
  });

  router.post('/admin/versions/:version/rollback', async (req, res) => {
    const rolled = await pageCcClient(context, req).send('rollbackConfig', { params: { version: String(req.params.version) } });
    const notice = rolled.status === 200 ? `Rolled back to version ${rolled.body.version.rollbackOf}: now version ${rolled.body.version.version}.` : `Not rolled back: ${rolled.body.errors?.map((e) => `${e.path}: ${e.message}`).join('; ') ?? rolled.body.message}`;
    res.redirect(303, `/admin/versions?notice=${encodeURIComponent(notice)}`);
  });

  return router;
}
