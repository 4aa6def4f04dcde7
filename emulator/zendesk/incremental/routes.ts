import { Router, type Request, type Response } from 'express';
import { sendError } from '../http/errors';
import { apiBase, firstQuery, queryString } from '../http/origin';
import type { ZendeskState } from '../model/state';
import type { StoredTicket, User } from '../model/types';
import { metricJson, ticketJson } from '../tickets/tickets';
import { userJson } from '../users/users';
import { exportedAt } from '../model/changeClock';
import { decodeCursor, encodeCursor, firstAfter, orderedBy, secondsOf, type Ordered, type Position } from './order';
import { ticketEventJson, ticketEvents, type TicketEvent } from './ticketEvents';

/**
 * Incremental exports (https://developer.zendesk.com/api-reference/ticketing/ticket-management/incremental_exports/):
 * cursor-based (`after_cursor`, `after_url`, `end_of_stream`) and time-based (`end_time`,
 * `next_page`, `count`) for tickets and users, time-based for ticket events, up to 1000 per
 * page, in change order. Deleted tickets stay in the export with status `deleted` unless
 * `exclude_deleted=true`.
 */
const MAX_PER_PAGE = 1000;

interface Resource<T> {
  key: 'tickets' | 'users' | 'ticket_events';
  now: () => Date;
  ordered: () => Ordered<T>;
  /** The JSON view of each item for one request (its side-loads read once, not per item). */
  toJson: (req: Request, base: string) => (item: T) => unknown;
  include?: (items: T[], req: Request, base: string) => Record<string, unknown>;
  skip?: (item: T, req: Request) => boolean;
}

export function incrementalRoutes(state: ZendeskState): Router {
  const router = Router();
  const tickets: Resource<StoredTicket> = {
    key: 'tickets',
    now: state.now,
    ordered: orderedBy(state, () => state.data.tickets, (t) => ({ at: exportedAt(state, 'tickets', t.ticket.id, t.ticket.updated_at), id: t.ticket.id })),
    // `comment_count` is a property the side-load adds to each ticket (https://developer.zendesk.com/documentation/ticketing/using-the-zendesk-api/side_loading/).
    toJson: (req, base) => (includes(req, 'comment_count') ? (t) => ({ ...ticketJson(t, base), comment_count: t.comments.length }) : (t) => ticketJson(t, base)),
    include: (items, req, base) => (includes(req, 'metric_sets') ? { metric_sets: items.map((t) => metricJson(t, base)) } : {}),
    skip: (t, req) => t.deleted && firstQuery(req.query.exclude_deleted) === 'true',
  };
  const users: Resource<User> = {
    key: 'users',
    now: state.now,
    ordered: orderedBy(state, () => state.data.users, (u) => ({ at: exportedAt(state, 'users', u.id, u.updated_at), id: u.id })),
    toJson: (_req, base) => (u) => userJson(u, base),
  };
  const events: Resource<TicketEvent> = {
    key: 'ticket_events',
    now: state.now,
    ordered: orderedBy(state, () => ticketEvents(state), (e) => ({ at: Math.floor(Date.parse(e.createdAt) / 1000) * 1000, id: e.id })),
    toJson: (req, base) => {
      const withComments = includes(req, 'comment_events');
      const origin = base.replace(/\/api\/v2$/, '');
      return (e) => ticketEventJson(e, withComments, origin);
    },
  };
  for (const resource of [tickets, users] as Resource<unknown>[]) {
    router.get([`/incremental/${resource.key}/cursor.json`, `/incremental/${resource.key}/cursor`], (req, res) => cursorExport(req, res, resource));
  }
  for (const resource of [tickets, users, events] as Resource<unknown>[]) {
    router.get([`/incremental/${resource.key}.json`, `/incremental/${resource.key}`], (req, res) => timeExport(req, res, resource));
  }
  return router;
}

function cursorExport<T>(req: Request, res: Response, resource: Resource<T>): void {
  const perPage = pageSize(req);
  const cursorParam = given(firstQuery(req.query.cursor));
  let from: Position;
  if (cursorParam) {
    const decoded = decodeCursor(cursorParam);
    if (!decoded) return sendError(res, 400, 'InvalidValue', 'Invalid cursor');
    from = decoded;
  } else {
    const start = startTime(req, res, resource.now());
    if (start === null) return;
    from = { at: start * 1000, id: -1 };
  }
  const { items, positions } = resource.ordered();
  const { page, last } = collect(items, firstAfter(positions, from), perPage, (item) => resource.skip?.(item, req) ?? false);
  const base = apiBase(req);
  const url = `${base}/incremental/${resource.key}/cursor.json`;
  const after = last !== null ? encodeCursor(positions[last]) : (cursorParam ?? encodeCursor(from));
  const before = page.length ? encodeCursor({ ...positions[page[0]], id: positions[page[0]].id - 1 }) : null;
  const endOfStream = last === null || last + 1 >= items.length;
  res.json({
    [resource.key]: page.map((i) => items[i]).map(resource.toJson(req, base)),
    ...resource.include?.(page.map((i) => items[i]), req, base),
    after_url: endOfStream ? null : `${url}?${queryString({ cursor: after, ...carried(req) })}`,
    after_cursor: after,
    before_url: before ? `${url}?${queryString({ cursor: before })}` : null,
    before_cursor: before,
    end_of_stream: endOfStream,
  });
}

/**
 * Time-based pages hold the items changed at or after `start_time`; the next page starts at
 * the last item's second, so items of that second come again (the docs warn of duplicates).
 * A full page inside one second would never move on, so such a page takes the whole second.
 */
function timeExport<T>(req: Request, res: Response, resource: Resource<T>): void {
  const start = startTime(req, res, resource.now());
  if (start === null) return;
  const perPage = pageSize(req);
  const { items, positions } = resource.ordered();
  const first = firstAfter(positions, { at: start * 1000 - 1, id: Number.MAX_SAFE_INTEGER });
  const { page, last: looked } = collect(items, first, perPage, (item) => resource.skip?.(item, req) ?? false);
  let last = looked;
  if (last !== null && page.length === perPage && secondsOf(positions[first]) === secondsOf(positions[last])) {
    const second = secondsOf(positions[last]);
    for (let i = last + 1; i < items.length && secondsOf(positions[i]) === second; i++) {
      last = i;
      if (!(resource.skip?.(items[i], req) ?? false)) page.push(i);
    }
  }
  const base = apiBase(req);
  const endTime = last === null ? start : secondsOf(positions[last]);
  const chunk = page.map((i) => items[i]);
  res.json({
    [resource.key]: chunk.map(resource.toJson(req, base)),
    ...resource.include?.(chunk, req, base),
    next_page: `${base}/incremental/${resource.key}.json?${queryString({ start_time: endTime, ...carried(req) })}`,
    count: chunk.length,
    end_of_stream: chunk.length < perPage,
    end_time: endTime,
  });
}

/** Up to `perPage` items from `from`, skipping excluded ones; `last` is the last index looked at. */
function collect<T>(items: T[], from: number, perPage: number, skip: (item: T) => boolean) {
  const page: number[] = [];
  let last: number | null = null;
  for (let i = from; i < items.length && page.length < perPage; i++) {
    last = i;
    if (!skip(items[i])) page.push(i);
  }
  return { page, last };
}

/** Options the next page must keep: its size, side-loads and whether deleted tickets show. */
function carried(req: Request) {
  return {
    per_page: given(firstQuery(req.query.per_page)),
    include: given(firstQuery(req.query.include)),
    exclude_deleted: given(firstQuery(req.query.exclude_deleted)),
  };
}

function pageSize(req: Request): number {
  const asked = Number(firstQuery(req.query.per_page) ?? MAX_PER_PAGE);
  return Number.isInteger(asked) && asked > 0 ? Math.min(asked, MAX_PER_PAGE) : MAX_PER_PAGE;
}

/**
 * The required `start_time`, which must be at least a minute old (the export leaves out the
 * last minute so that it stays consistent); otherwise answers the 400 and returns null.
 */
function startTime(req: Request, res: Response, now: Date): number | null {
  const raw = given(firstQuery(req.query.start_time));
  if (raw === undefined || !/^\d+$/.test(raw)) {
    sendError(res, 400, 'InvalidValue', 'start_time is required and must be a Unix epoch time');
    return null;
  }
  const start = Number(raw);
  if (start > now.getTime() / 1000 - 60) {
    sendError(res, 400, 'InvalidValue', 'Too recent start_time. Use a start_time older than 1 minute');
    return null;
  }
  return start;
}

/**
 * node-zendesk 6's `exportCursor(start, cursor)` sends whichever argument it lacks as the
 * text "undefined"; such placeholders count as absent.
 */
function given(value: string | undefined): string | undefined {
  return value === undefined || value === '' || value === 'undefined' || value === 'null' ? undefined : value;
}

function includes(req: Request, name: string): boolean {
  return (firstQuery(req.query.include) ?? '').split(',').includes(name);
}
