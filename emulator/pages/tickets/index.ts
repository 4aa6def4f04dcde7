import express, { Router, type Request } from 'express';
import type { ErrorBody } from '../../../shared/contract';
import type { ServiceContext } from '../../service';
import { pageAgent, requirePageSession } from '../common';
import { pageCcClient } from '../common/pageCcClient';
import { importPage } from './importPage';
import { ticketShell } from './layout';
import { searchPage } from './searchPage';
import { viewerPage } from './viewerPage';

const QUERY_NAMES = ['q', 'status', 'channel', 'agent', 'contact', 'from', 'to', 'page'];

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
    const { status, body } = await ccFor(context, req).send('searchTickets', { query });
    res.type('html').send(ticketShell('Ticket search', searchPage(status === 200 ? body : { errors: problemsOf(body) }, query), { admin: isAdmin(res) }));
  });

  router.get('/tickets/import', signedIn, async (req, res) => {
    if (!isAdmin(res)) return res.status(403).type('html').send(ticketShell('Import tickets', '<p role="alert">Only an admin can import tickets.</p>', { admin: false }));
    const api = ccFor(context, req);
    const { imports } = await api.call('listImports');
    const wanted = typeof req.query.run === 'string' ? req.query.run : imports[0]?.id;
    const selected = wanted ? await api.send('getImport', { params: { id: wanted } }) : null;
    const error = typeof req.query.error === 'string' ? req.query.error : undefined;
    res.type('html').send(ticketShell('Import tickets', importPage(imports, selected?.status === 200 ? selected.body : null, error), { admin: true }));
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
