import express, { Router, type Request } from 'express';
import type { ServiceContext } from '../../service';
import { pageAgent, requirePageSession } from '../common';
import { ccApi } from './ccApi';
import { importPage, type RunDetail, type RunSummary } from './importPage';
import { ticketShell } from './layout';
import { searchPage, type SearchResults } from './searchPage';
import { viewerPage, type TicketDetail } from './viewerPage';

const QUERY_NAMES = ['q', 'status', 'channel', 'agent', 'contact', 'from', 'to', 'page'];

function searchQuery(req: Request): Record<string, string> {
  const query: Record<string, string> = {};
  for (const name of QUERY_NAMES) {
    const value = req.query[name];
    if (typeof value === 'string' && value.trim() !== '') query[name] = value.trim();
  }
  return query;
}

/** The ticket search page, viewer and admin import page (issue 10), for signed-in agents. */
export function createTicketPages(context: ServiceContext): Router {
  const router = Router();
  const signedIn = requirePageSession(context);
  const isAdmin = (res: Parameters<typeof pageAgent>[0]) => pageAgent(res).role === 'admin';

  router.get('/tickets', signedIn, async (req, res) => {
    const query = searchQuery(req);
    const { body } = await ccApi(context, req)<SearchResults | { errors: string[] }>(`/tickets?${new URLSearchParams(query)}`);
    res.type('html').send(ticketShell('Ticket search', searchPage(body, query), { admin: isAdmin(res) }));
  });

  router.get('/tickets/import', signedIn, async (req, res) => {
    if (!isAdmin(res)) return res.status(403).type('html').send(ticketShell('Import tickets', '<p role="alert">Only an admin can import tickets.</p>', { admin: false }));
    const api = ccApi(context, req);
    const { body } = await api<{ imports: RunSummary[] }>('/imports');
    const wanted = typeof req.query.run === 'string' ? req.query.run : body.imports[0]?.id;
    const selected = wanted ? await api<RunDetail>(`/imports/${encodeURIComponent(wanted)}`) : null;
    const error = typeof req.query.error === 'string' ? req.query.error : undefined;
    res.type('html').send(ticketShell('Import tickets', importPage(body.imports, selected?.status === 200 ? selected.body : null, error), { admin: true }));
  });

  router.post('/tickets/import', signedIn, express.urlencoded({ extended: false, limit: '4kb' }), async (req, res) => {
    const source = (req.body as { source?: string } | undefined)?.source;
    const { status, body } = await ccApi(context, req)<{ id?: string; message?: string }>('/imports', { method: 'POST', body: { source } });
    if (status === 202 && body.id) return res.redirect(303, `/tickets/import?run=${encodeURIComponent(body.id)}`);
    const params = new URLSearchParams({ error: body.message ?? 'The import could not start.', ...(body.id ? { run: body.id } : {}) });
    res.redirect(303, `/tickets/import?${params}`);
  });

  router.get('/tickets/:id', signedIn, async (req, res) => {
    const { status, body } = await ccApi(context, req)<TicketDetail>(`/tickets/${encodeURIComponent(req.params.id as string)}`);
    if (status !== 200) {
      return res.status(404).type('html').send(ticketShell('Ticket not found', '<p role="alert">No imported ticket has this id.</p><p><a href="/tickets">Back to ticket search</a></p>', { admin: isAdmin(res) }));
    }
    res.type('html').send(ticketShell(body.subject || 'Ticket', viewerPage(body), { admin: isAdmin(res) }));
  });

  return router;
}
