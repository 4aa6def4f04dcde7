import express, { Router, type Request, type Response } from 'express';
import type { Config, ConfigError, DataAction } from '../../../shared';
import type { CcContract, RouteResponse } from '../../../shared/contract';
import type { ServiceContext } from '../../service';
import { escapeHtml } from '../common';
import { pageCcClient } from '../common/pageCcClient';
import { withValueAt } from './configPaths';
import { adminShell, alertBox, type DraftState } from './layout';
import { readSectionForm, renderSectionForm, type FieldSpec } from './sectionForm';

type Api = ReturnType<typeof pageCcClient>;
type ActionRun = RouteResponse<CcContract['testDataAction']>;

const form = express.urlencoded({ extended: false, limit: '256kb' });
const bodyOf = (req: Request) => (req.body ?? {}) as Record<string, string>;

/** One data action as a form: each value of the definition by its path in the action. */
const ACTION_FIELDS: FieldSpec[] = [
  { path: ['id'], label: 'Id', kind: 'text', help: 'Lower-case letters, digits and dashes; lookup-plan steps name the action by it.' },
  { path: ['name'], label: 'Name', kind: 'text' },
  { path: ['request', 'method'], label: 'Method', kind: 'select', options: ['GET', 'POST', 'PUT', 'PATCH'] },
  { path: ['request', 'url'], label: 'URL', kind: 'text', help: 'An http(s) URL, or a path on this service. ${input.phone} fills in an input (URI-encoded), ${secret.NAME} a secret.' },
  { path: ['request', 'headers'], label: 'Headers (JSON)', kind: 'json', help: 'Secrets by reference only: "Bearer ${secret.LOYALTY_KEY}".' },
  { path: ['request', 'body'], label: 'JSON body (JSON; empty for none)', kind: 'json' },
  { path: ['request', 'graphql'], label: 'GraphQL operation (JSON with query and variables; empty for none)', kind: 'json' },
  { path: ['mapping'], label: 'Response mapping (JSONata)', kind: 'text', help: 'From the answer to the output contract; an empty result means "not found".' },
  { path: ['input'], label: 'Input contract (JSON Schema)', kind: 'json' },
  { path: ['output'], label: 'Output contract (JSON Schema)', kind: 'json' },
  { path: ['notFoundStatuses'], label: 'Statuses that mean "not found" (JSON list)', kind: 'json' },
  { path: ['timeoutMs'], label: 'Timeout (ms)', kind: 'number' },
];

/** A new action starts as a GET with an empty mapping the admin fills in. */
const BLANK: Partial<DataAction> = { request: { method: 'GET', url: 'https://', headers: {} }, input: { type: 'object', properties: {} }, output: { type: 'object', properties: {} }, notFoundStatuses: [404], timeoutMs: 1500 };

/** The action as the form gave it: a `null` body or GraphQL operation is none. */
function actionOf(base: unknown, values: [string[], unknown][]): unknown {
  let action = base;
  for (const [path, value] of values) action = withValueAt(action, path, value ?? undefined);
  const request = (action as { request?: Record<string, unknown> }).request ?? {};
  for (const key of ['body', 'graphql']) if (request[key] === null) delete request[key];
  return action;
}

/** A server error about `dataActions.actions[i].request.url` stands beside the form's `request.url`. */
const besideField = (index: number) => (error: ConfigError) => {
  const prefix = `dataActions.actions[${index}]`;
  return error.path.startsWith(`${prefix}.`) ? { ...error, path: error.path.slice(prefix.length + 1) } : error;
};

const listPage = (config: Config) => {
  const steps = config.ivr.lookup.actions;
  const rows = config.dataActions.actions
    .map((a) => {
      const usedBy = steps.filter((s) => s.action === a.id).map((s) => s.identifier);
      return `<tr><th scope="row"><a href="/admin/data-actions/${encodeURIComponent(a.id)}">${escapeHtml(a.name)}</a></th><td><code>${escapeHtml(a.id)}</code></td><td>${a.request.graphql ? 'GraphQL' : escapeHtml(a.request.method)}</td><td><code>${escapeHtml(a.request.url)}</code></td><td>${a.timeoutMs} ms</td><td>${usedBy.length ? escapeHtml(usedBy.join(', ')) : 'no step'}</td></tr>`;
    })
    .join('');
  const secrets = Object.keys(config.dataActions.secrets);
  return `<p class="slds-m-bottom_small">Generic REST and GraphQL services the IVR asks beside the CRMs. Each action has an input and an output contract, a request template, a mapping and a timeout; steps of the lookup plan run them and turn their output into customer facts.</p>
<table class="slds-table slds-table_bordered slds-m-bottom_medium"><caption class="slds-assistive-text">Data actions</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Id</th><th scope="col">Method</th><th scope="col">URL</th><th scope="col">Timeout</th><th scope="col">Lookup steps</th></tr></thead>
<tbody>${rows || '<tr><td colspan="6">No data action yet.</td></tr>'}</tbody></table>
<p class="slds-m-bottom_small">Secrets the templates may name: ${secrets.length ? secrets.map((s) => `<code>${escapeHtml(s)}</code>`).join(', ') : 'none'} (their values are never shown).</p>
<a class="slds-button slds-button_brand" href="/admin/data-actions/new">New data action</a>`;
};

const pre = (id: string, value: unknown) => `<pre id="${id}" class="slds-box slds-box_x-small" style="white-space:pre-wrap;overflow-wrap:anywhere" tabindex="0">${escapeHtml(value === undefined ? '(none)' : typeof value === 'string' ? value : JSON.stringify(value, null, 2))}</pre>`;

/** Test's answer, as Genesys' data action test shows it: the request sent, the raw answer, the mapped output and the contract check. */
function runResult(run: ActionRun): string {
  const outcome = run.outcome === 'error' ? `error: ${run.reason} (${run.detail})` : run.outcome;
  const contract = !run.contract ? 'not checked: nothing was mapped' : run.contract.ok ? 'the output keeps the output contract' : `the output breaks the output contract: ${run.contract.errors ?? ''}`;
  const headers = Object.entries(run.request.headers).map(([k, v]) => `${k}: ${v}`).join('\n');
  return `<section id="test-result" class="slds-box slds-theme_default slds-m-bottom_medium" aria-labelledby="test-result-heading" tabindex="-1">
<h2 id="test-result-heading" class="slds-text-heading_medium">Test of ${escapeHtml(run.action)}: <span id="test-outcome">${escapeHtml(outcome)}</span> in ${run.ms} ms</h2>
<h3 class="slds-text-heading_small slds-m-top_small">Request sent (secrets masked)</h3>${pre('test-request', `${run.request.method} ${run.request.url}\n${headers}${run.request.body ? `\n\n${run.request.body}` : ''}`)}
<h3 class="slds-text-heading_small slds-m-top_small">Raw response${run.status ? ` (HTTP ${run.status})` : ''}</h3>${pre('test-raw', run.raw)}
<h3 class="slds-text-heading_small slds-m-top_small">Mapped output</h3>${pre('test-mapped', run.mapped)}
<h3 class="slds-text-heading_small slds-m-top_small">Output contract</h3><p id="test-contract"${run.contract && !run.contract.ok ? ' role="alert"' : ''}>${escapeHtml(contract)}</p></section>`;
}

const testForm = (id: string, input: string, error?: string) => `<form method="post" action="/admin/data-actions/${encodeURIComponent(id)}/test" class="slds-box slds-theme_default slds-m-bottom_medium" novalidate>
<h2 class="slds-text-heading_small slds-m-bottom_x-small">Test</h2><p class="slds-m-bottom_x-small">Runs the action as a call would (the draft's when there is one).</p>
<div class="slds-form-element${error ? ' slds-has-error' : ''}"><label class="slds-form-element__label" for="test-input">Input (JSON)</label>
<div class="slds-form-element__control"><textarea class="slds-textarea" id="test-input" name="input" rows="3" spellcheck="false" style="font-family:monospace"${error ? ' aria-invalid="true" aria-describedby="test-input-error"' : ''}>${escapeHtml(input)}</textarea></div>
${error ? `<div class="slds-form-element__help" id="test-input-error">${escapeHtml(error)}</div>` : ''}</div>
<button class="slds-button slds-button_brand slds-m-top_x-small" type="submit">Test</button></form>`;

/** An input to start testing with: each property of the input contract, empty. */
const sampleInput = (action: DataAction | undefined) =>
  JSON.stringify(Object.fromEntries(Object.keys(((action?.input as { properties?: object } | undefined)?.properties ?? {}) as object).map((k) => [k, ''])));

/**
 * The console's "Data actions" page (issue 19): the list, one action as a form (what was typed
 * stays, errors beside their fields) and its Test. Saves go into the draft, like every page.
 */
export function createDataActionPages(context: ServiceContext, working: (api: Api) => Promise<{ config: Config; draft: DraftState }>, serviceConsole = true): Router {
  const router = Router();
  const send = (res: Response, status: number, title: string, content: string, draft: DraftState) => res.status(status).type('html').send(adminShell('data-actions', title, content, draft, serviceConsole));

  router.get('/admin/data-actions', async (req, res) => {
    const { config, draft } = await working(pageCcClient(context, req));
    send(res, 200, 'Data actions', listPage(config), draft);
  });

  async function editPage(
    req: Request,
    res: Response,
    id: string,
    extra: { status?: number; typed?: Record<string, string>; errors?: ConfigError[]; notice?: string; test?: string; inputError?: string } = {},
  ) {
    const { config, draft } = await working(pageCcClient(context, req));
    const action = config.dataActions.actions.find((a) => a.id === id);
    if (!action && id !== 'new') return send(res, 404, 'Data actions', alertBox('error', `No data action '${id}'.`), draft);
    const formHtml = renderSectionForm({ action: `/admin/data-actions/${encodeURIComponent(id)}`, fields: ACTION_FIELDS, config: action ?? BLANK, typed: extra.typed, errors: extra.errors });
    const tools = action ? testForm(id, bodyOf(req).input ?? sampleInput(action), extra.inputError) : '';
    const back = '<p class="slds-m-bottom_small"><a href="/admin/data-actions">All data actions</a></p>';
    send(res, extra.status ?? 200, action ? `Data action: ${action.name}` : 'New data action', `${back}${extra.notice ?? ''}${extra.test ?? ''}${tools}${formHtml}`, draft);
  }

  router.get('/admin/data-actions/:id', async (req, res) => {
    await editPage(req, res, String(req.params.id), { notice: req.query.saved ? alertBox('success', 'Saved to the draft. Test it, then publish it.') : '' });
  });

  router.post('/admin/data-actions/:id', form, async (req, res) => {
    const id = String(req.params.id);
    const api = pageCcClient(context, req);
    const { config } = await working(api);
    const actions = config.dataActions.actions;
    const index = id === 'new' ? actions.length : actions.findIndex((a) => a.id === id);
    if (index < 0) return editPage(req, res, id);
    const read = readSectionForm(ACTION_FIELDS, bodyOf(req));
    if (read.errors.length) return editPage(req, res, id, { status: 400, typed: read.typed, errors: read.errors });
    const changed = actionOf(actions[index] ?? BLANK, read.values) as DataAction;
    const next = [...actions.slice(0, index), changed, ...actions.slice(index + 1)];
    // A renamed action keeps its lookup-plan steps.
    const steps = config.ivr.lookup.actions.map((s) => (id !== 'new' && s.action === id ? { ...s, action: changed.id } : s));
    const body = { ...config, dataActions: { ...config.dataActions, actions: next }, ivr: { ...config.ivr, lookup: { ...config.ivr.lookup, actions: steps } } };
    const saved = await api.send('putConfigDraft', { body });
    if (saved.status !== 200) {
      const errors = (saved.body.errors ?? [{ path: '', message: saved.body.message ?? 'refused' }]).map(besideField(index));
      return editPage(req, res, id, { status: 400, typed: read.typed, errors });
    }
    res.redirect(303, `/admin/data-actions/${encodeURIComponent(changed.id)}?saved=1`);
  });

  router.post('/admin/data-actions/:id/test', form, async (req, res) => {
    const id = String(req.params.id);
    const api = pageCcClient(context, req);
    let input: unknown;
    try {
      input = JSON.parse(bodyOf(req).input ?? '');
    } catch (error) {
      return editPage(req, res, id, { status: 400, inputError: `not valid JSON: ${(error as Error).message}` });
    }
    if (!input || typeof input !== 'object' || Array.isArray(input)) return editPage(req, res, id, { status: 400, inputError: 'the input is a JSON object, such as {"phone": "+15035550147"}' });
    const hasDraft = (await api.send('getConfigDraft')).status === 200;
    const tested = await api.send('testDataAction', { body: { id, input: input as Record<string, unknown>, draft: hasDraft } });
    const test = tested.status === 200 ? runResult(tested.body) : alertBox('error', tested.body.message ?? 'The test failed.');
    await editPage(req, res, id, { status: tested.status === 200 ? 200 : 400, test });
  });

  return router;
}
