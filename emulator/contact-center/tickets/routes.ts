import { Router } from 'express';
import type { CcContext } from '../context';
import { requireAdmin } from '../auth/sessions';
import { bodyOf, jsonBody } from '../http/body';
import { sendError } from '../http/respond';
import { IMPORT_SOURCES, ticketArchive, type ImportSource } from './archive';
import type { ImportRunner } from './importRunner';
import { purgeExpired } from './retention';
import { parseTicketQuery } from './ticketQuery';
import type { TicketSearch } from './ticketSearch';
import { runView, ticketDetail, ticketSummary } from './ticketViews';

/** Zendesk's incremental exports answer at most 1000 per page. */
const MAX_PER_PAGE = 1000;

/** Imports (admin), ticket search and the ticket viewer under `/cc/v1` (issue 10). */
export function ticketRoutes(ctx: CcContext, runner: ImportRunner, search: TicketSearch): Router {
  const router = Router();
  const archive = () => ticketArchive(ctx.cc.data);

  router.post('/imports', requireAdmin, jsonBody, async (req, res) => {
    const body = bodyOf(req);
    if (!IMPORT_SOURCES.includes(body.source as ImportSource)) return sendError(res, 400, 'invalid_source', { message: `source must be one of ${IMPORT_SOURCES.join(', ')}.` });
    const perPage = body.perPage;
    if (perPage !== undefined && !(Number.isInteger(perPage) && (perPage as number) >= 1 && (perPage as number) <= MAX_PER_PAGE)) {
      return sendError(res, 400, 'invalid_per_page', { message: `perPage must be a whole number from 1 to ${MAX_PER_PAGE}.` });
    }
    const outcome = await runner.begin(body.source as ImportSource, perPage as number | undefined);
    if ('refused' in outcome) return sendError(res, 409, 'feature_disabled', { feature: outcome.feature, message: 'Ticket import is switched off.' });
    if ('running' in outcome) return sendError(res, 409, 'import_running', { id: outcome.running.id, message: `An import from ${outcome.running.source} is already running.` });
    res.status(202).location(`/cc/v1/imports/${outcome.run.id}`).json({ id: outcome.run.id });
  });

  router.get('/imports', requireAdmin, (_req, res) => {
    const runs = Object.values(archive().runs).sort((a, b) => b.startedAt.localeCompare(a.startedAt) || b.id.localeCompare(a.id));
    res.json({ imports: runs.map((run) => ({ id: run.id, source: run.source, state: run.state, phase: run.phase, startedAt: run.startedAt, finishedAt: run.finishedAt, progress: run.progress, counts: run.report.counts })) });
  });

  router.get('/imports/:id', requireAdmin, (req, res) => {
    const run = archive().runs[req.params.id as string];
    if (!run) return sendError(res, 404, 'not_found', { message: `No import ${req.params.id}.` });
    res.json(runView(run));
  });

  router.post('/tickets/retention', requireAdmin, async (_req, res) => {
    const purged = purgeExpired(archive(), ctx.now());
    for (const key of purged) search.remove(key);
    await ctx.cc.save();
    res.json({ purged });
  });

  router.get('/tickets', (req, res) => {
    const parsed = parseTicketQuery(req, archive());
    if ('errors' in parsed) return sendError(res, 400, 'invalid_query', { errors: parsed.errors });
    const found = search.search(parsed.filters, (parsed.page - 1) * parsed.pageSize, parsed.pageSize);
    res.json({ tickets: found.tickets.map((t) => ticketSummary(archive(), t)), total: found.total, page: parsed.page, pageSize: parsed.pageSize });
  });

  router.get('/tickets/:id', (req, res) => {
    const ticket = search.get(req.params.id as string);
    if (!ticket) return sendError(res, 404, 'not_found', { message: `No imported ticket ${req.params.id}.` });
    res.json(ticketDetail(archive(), ticket));
  });

  return router;
}
