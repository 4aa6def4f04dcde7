import { Router, type Response } from 'express';
import type { CcContext } from '../context';
import { ccContract } from '../../../shared';
import { ownEntry, type AgentRecord } from '../data';
import { endpoint } from '../http/endpoint';
import { sendError } from '../http/respond';
import { IMPORT_SOURCES, ticketArchive } from './archive';
import { scheduleView } from './scheduleView';
import { setSchedule } from './importSchedules';
import type { ImportRunner } from './importRunner';
import { filterPreferencesOf } from './filterPreferences';
import { issueKey, publicSource, pushSources, type PushSourceRecord } from './pushSources';
import type { TicketIndex } from './ticketIndex';
import { parseTicketQueryWith } from './ticketQuery';
import { runView, ticketDetail, ticketSummary, userKeysOf } from './ticketViews';

/** How many of the contact's other tickets the viewer lists. */
const RELATED_TICKETS = 10;

/** The signed-in agent, set by the session check in front of every route. */
const agentOf = (res: Response) => res.locals.agent as AgentRecord;

/** Imports (admin), ticket search and the ticket viewer under `/cc/v1` (issue 10). */
export function ticketRoutes(ctx: CcContext, runner: ImportRunner, index: TicketIndex): Router {
  const router = Router();
  const archive = () => ticketArchive(ctx.cc.data);
  endpoint(router, ccContract.listImportSchedules, (_input, { reply }) => {
    reply(200, { schedules: IMPORT_SOURCES.map((source) => scheduleView(archive(), source)) });
  });
  endpoint(router, ccContract.putImportSchedule, async ({ params, body }, { reply }) => {
    setSchedule(archive(), params.source, body.everyMinutes, ctx.now());
    await ctx.cc.save();
    reply(200, scheduleView(archive(), params.source));
  });
  // Before /imports/{id}: `sources` and `schedules` are no import's ids.
  endpoint(router, ccContract.createPushSource, async ({ body }, { res, reply }) => {
    const sources = pushSources(ctx.cc.data);
    const id = `push-${body.name}` as const;
    if (sources[id]) return sendError(res, 409, 'source_exists', { message: `A push source named ${body.name} exists; give it a new key instead.` });
    const source: PushSourceRecord = { id, name: body.name, keyHash: '', keyHint: '', createdAt: ctx.now().toISOString() };
    const apiKey = issueKey(source);
    sources[id] = source;
    await ctx.cc.save();
    reply(201, { source: publicSource(source), apiKey });
  });
  endpoint(router, ccContract.listPushSources, (_input, { reply }) => {
    reply(200, { sources: Object.values(pushSources(ctx.cc.data)).map(publicSource) });
  });
  endpoint(router, ccContract.rotatePushSourceKey, async ({ params }, { res, reply }) => {
    const source = ownEntry(pushSources(ctx.cc.data), params.id);
    if (!source) return sendError(res, 404, 'not_found', { message: `No push source ${params.id}.` });
    const apiKey = issueKey(source);
    await ctx.cc.save();
    reply(200, { apiKey });
  });
  endpoint(router, ccContract.startImport, async ({ body }, { res, reply }) => {
    const outcome = await runner.begin(body.source, body.perPage);
    if ('refused' in outcome) return sendError(res, 409, 'feature_disabled', { feature: outcome.feature, message: 'Ticket import is switched off.' });
    if ('running' in outcome) return sendError(res, 409, 'import_running', { id: outcome.running.id, message: `An import from ${outcome.running.source} is already running.` });
    res.location(`/cc/v1/imports/${outcome.run.id}`);
    reply(202, { id: outcome.run.id });
  });
  endpoint(router, ccContract.listImports, (_input, { reply }) => {
    const runs = Object.values(archive().runs).sort((a, b) => b.startedAt.localeCompare(a.startedAt) || b.id.localeCompare(a.id));
    reply(200, { imports: runs.map((run) => ({ id: run.id, source: run.source, state: run.state, phase: run.phase, startedAt: run.startedAt, finishedAt: run.finishedAt, progress: run.progress, counts: run.report.counts })) });
  });
  endpoint(router, ccContract.getImport, ({ params }, { res, reply }) => {
    const run = ownEntry(archive().runs, params.id);
    if (!run) return sendError(res, 404, 'not_found', { message: `No import ${params.id}.` });
    reply(200, runView(run));
  });
  endpoint(router, ccContract.purgeExpiredTickets, async (_input, { reply }) => {
    const purged = await index.purgeExpired(ctx.now());
    await ctx.cc.save();
    reply(200, { purged });
  });
  endpoint(router, ccContract.searchTickets, async ({ query }, { res, reply }) => {
    const parsed = await parseTicketQueryWith(query, (value, atMost) => index.usersNamed(value, atMost));
    if ('errors' in parsed) return sendError(res, 400, 'invalid_query', { errors: parsed.errors });
    const found = await index.search(parsed.filters, (parsed.page - 1) * parsed.pageSize, parsed.pageSize, query.sort);
    const users = await index.users(userKeysOf(found.tickets));
    reply(200, { tickets: found.tickets.map((t) => ticketSummary(users, t)), total: found.total, page: parsed.page, pageSize: parsed.pageSize, facets: found.facets });
  });
  endpoint(router, ccContract.suggestTicketPeople, async ({ query }, { reply }) => {
    reply(200, { people: await index.suggestPeople(query.role, query.q) });
  });
  endpoint(router, ccContract.getTicketPreferences, (_input, { res, reply }) => {
    reply(200, { visibleFilters: filterPreferencesOf(ctx.cc.data, agentOf(res).id) });
  });
  endpoint(router, ccContract.putTicketPreferences, async ({ body }, { res, reply }) => {
    (ctx.cc.data.ticketFilterPreferences ??= {})[agentOf(res).id] = [...new Set(body.visibleFilters)];
    await ctx.cc.save();
    reply(200, { visibleFilters: filterPreferencesOf(ctx.cc.data, agentOf(res).id) });
  });
  endpoint(router, ccContract.getTicket, async ({ params }, { res, reply }) => {
    const ticket = await index.get(params.id);
    if (!ticket) return sendError(res, 404, 'not_found', { message: `No imported ticket ${params.id}.` });
    const sameContact = ticket.requesterKey ? (await index.search({ requesterKeys: new Set([ticket.requesterKey]) }, 0, RELATED_TICKETS + 1, 'created')).tickets : [];
    const related = sameContact.filter((t) => t.key !== ticket.key).slice(0, RELATED_TICKETS);
    const users = await index.users([...userKeysOf([ticket], true), ...userKeysOf(related)]);
    reply(200, { ...ticketDetail(users, ticket), related: related.map((t) => ticketSummary(users, t)) });
  });
  return router;
}
