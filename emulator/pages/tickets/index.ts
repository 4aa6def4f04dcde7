import express, { Router, type Request, type Response } from 'express';
import type { ErrorBody } from '../../../shared/contract';
import type { ServiceContext } from '../../service';
import { pageAgent, requirePageSession } from '../common';
import { pageCcClient } from '../common/pageCcClient';
import { importPage } from './importPage';
import { pushSourcesSection } from './pushSourcesSection';
import { importAlerts, schedulesSection } from './schedulesSection';
import { reportFile } from './reportFile';
import { ticketShell } from './layout';
import { searchPage } from './searchPage';
import { viewerPage } from './viewerPage';

const QUERY_NAMES = ['q', 'status', 'channel', 'agent', 'contact', 'from', 'to', 'sort', 'page'];

function searchQuery(req: Request): Record<string, string> {
  const query: Record<string, string> = {};
  for (const name of QUERY_NAMES) {
    const value = req.query[name];
    if (typeof value === 'string' && value.trim() !== '') query[name] = value.trim();
  }
  return query;
}

const ccFor = pageCcClient;

/** Each problem of a refused search, readably: the filter it is about, then what is wrong. */
const problemsOf = (body: Partial<ErrorBody>): string[] =>
  body.errors?.map((e) => `${e.path}: ${e.message}`) ?? [body.message ?? 'The search failed.'];

/** The ticket search page, viewer and admin import page (issue 10), for signed-in agents. */
export function createTicketPages(context: ServiceContext): Router {
  const router = Router();
  const signedIn = requirePageSession(context);
  const isAdmin = (res: Parameters<typeof pageAgent>[0]) => pageAgent(res).role === 'admin';

  router.get('/tickets', signedIn, async (req, res) => {
    const query = searchQuery(req);
    const api = ccFor(context, req);
    const [{ status, body }, preferences] = await Promise.all([api.send('searchTickets', { query }), api.call('getTicketPreferences')]);
    const page = searchPage(status === 200 ? body : { errors: problemsOf(body) }, query, preferences.visibleFilters);
    res.type('html').send(ticketShell('Ticket search', page, { admin: isAdmin(res) }));
  });

  router.post('/tickets/preferences', signedIn, express.urlencoded({ extended: false, limit: '4kb' }), async (req, res) => {
    const chosen = (req.body as { visible?: string | string[] } | undefined)?.visible;
    const visibleFilters = (Array.isArray(chosen) ? chosen : chosen ? [chosen] : []) as never[];
    await ccFor(context, req).send('putTicketPreferences', { body: { visibleFilters } });
    res.redirect(303, '/tickets');
  });

  router.get('/tickets/import/:id/report.:format', signedIn, async (req, res) => {
    const format = req.params.format;
    if (!isAdmin(res) || (format !== 'csv' && format !== 'json')) return res.status(isAdmin(res) ? 404 : 403).type('text').send('Not available.');
    const { status, body } = await ccFor(context, req).send('getImport', { params: { id: req.params.id as string } });
    if (status !== 200) return res.status(404).type('text').send('No such import.');
    const file = reportFile(body, format);
    res.attachment(`import-${body.id}-report.${format}`).type(file.type).send(file.content);
  });

  /** The import page, with what the last action has to show (a new key, a refused name). */
  const renderImportPage = async (req: Request, res: Response, push: Parameters<typeof pushSourcesSection>[2] = {}, status = 200, refusedSchedule?: Parameters<typeof schedulesSection>[1]) => {
    const api = ccFor(context, req);
    const [{ imports }, { sources }, { schedules }] = await Promise.all([api.call('listImports'), api.call('listPushSources'), api.call('listImportSchedules')]);
    const wanted = typeof req.query.run === 'string' ? req.query.run : imports[0]?.id;
    const selected = wanted ? await api.send('getImport', { params: { id: wanted } }) : null;
    const error = typeof req.query.error === 'string' ? req.query.error : undefined;
    const reason = typeof req.query.reason === 'string' ? req.query.reason : undefined;
    const reportPage = typeof req.query.reportPage === 'string' ? Number.parseInt(req.query.reportPage, 10) || 1 : 1;
    const content =
      importAlerts(schedules) +
      importPage(imports, selected?.status === 200 ? selected.body : null, error, reason, reportPage) +
      schedulesSection(schedules, refusedSchedule) +
      pushSourcesSection(sources, context.selfUrl(), push);
    res.status(status).type('html').send(ticketShell('Import tickets', content, { admin: true }));
  };
  const adminOnly = (_req: Request, res: Response, next: () => void) =>
    isAdmin(res) ? next() : res.status(403).type('html').send(ticketShell('Import tickets', '<p role="alert">Only an admin can import tickets.</p>', { admin: false }));
  const form = express.urlencoded({ extended: false, limit: '4kb' });

  router.get('/tickets/import', signedIn, adminOnly, (req, res) => renderImportPage(req, res));

  // The new key is in this answer only (never in a URL or a redirect): the service keeps its hash.
  router.post('/tickets/import/sources', signedIn, adminOnly, form, async (req, res) => {
    const name = String((req.body as { name?: unknown } | undefined)?.name ?? '').trim();
    const { status, body } = await ccFor(context, req).send('createPushSource', { body: { name } });
    if (status === 201) return renderImportPage(req, res, { newKey: { sourceId: body.source.id, apiKey: body.apiKey } }, 201);
    await renderImportPage(req, res, { error: problemsOf(body).join(' '), typedName: name }, status);
  });

  router.post('/tickets/import/schedules/:source', signedIn, adminOnly, form, async (req, res) => {
    const source = req.params.source as 'zendesk';
    const typed = String((req.body as { everyMinutes?: unknown } | undefined)?.everyMinutes ?? '').trim();
    const refuse = (status: number) => renderImportPage(req, res, {}, status, { source, typed, error: 'Enter whole minutes from 5 to 10080 (a week), or leave it empty.' });
    // Not a number at all must not reach JSON, where NaN would become null and clear the schedule.
    if (typed !== '' && !/^\d{1,6}$/.test(typed)) return refuse(400);
    const { status } = await ccFor(context, req).send('putImportSchedule', { params: { source }, body: { everyMinutes: typed === '' ? null : Number(typed) } });
    if (status === 200) return res.redirect(303, '/tickets/import');
    await refuse(status);
  });

  router.post('/tickets/import/sources/:id/key', signedIn, adminOnly, async (req, res) => {
    const id = req.params.id as string;
    const { status, body } = await ccFor(context, req).send('rotatePushSourceKey', { params: { id } });
    if (status === 200) return renderImportPage(req, res, { newKey: { sourceId: id, apiKey: body.apiKey } });
    await renderImportPage(req, res, { error: problemsOf(body).join(' ') }, status);
  });

  router.post('/tickets/import', signedIn, express.urlencoded({ extended: false, limit: '4kb' }), async (req, res) => {
    const source = (req.body as { source?: string } | undefined)?.source;
    const { status, body } = await ccFor(context, req).send('startImport', { body: { source } });
    if (status === 202 && body.id) return res.redirect(303, `/tickets/import?run=${encodeURIComponent(body.id)}`);
    const params = new URLSearchParams({ error: body.message ?? 'The import could not start.', ...(body.id ? { run: body.id } : {}) });
    res.redirect(303, `/tickets/import?${params}`);
  });

  router.get('/tickets/:id', signedIn, async (req, res) => {
    const { status, body } = await ccFor(context, req).send('getTicket', { params: { id: req.params.id as string } });
    if (status !== 200) {
      return res.status(404).type('html').send(ticketShell('Ticket not found', '<p role="alert">No imported ticket has this id.</p><p><a href="/tickets">Back to ticket search</a></p>', { admin: isAdmin(res) }));
    }
    res.type('html').send(ticketShell(body.subject || 'Ticket', viewerPage(body), { admin: isAdmin(res) }));
  });

  return router;
}
