import { Router, type Request } from 'express';
import { sendError } from '../http/errors';
import { apiBase, firstQuery, queryString } from '../http/origin';
import type { ZendeskState } from '../model/state';
import { organizationJson } from '../organizations/organizations';
import { ticketJson } from '../tickets/tickets';
import { userJson } from '../users/users';
import { matchesTicket } from './matchTicket';
import { matchesUser } from './matchUser';
import { matchesText, parseQuery, type Term } from './parseQuery';
import { invalidTerms } from './wildcard';

/** Search returns at most 1,000 results per query (https://developer.zendesk.com/api-reference/ticketing/ticket-management/search/). */
const RESULT_LIMIT = 1000;
const MAX_PER_PAGE = 100;
const SORTS = new Set(['created_at', 'updated_at', 'priority', 'status', 'ticket_type']);

interface Hit {
  result_type: 'ticket' | 'user' | 'organization';
  sortKey: Record<string, string | number | null>;
  json: () => Record<string, unknown>;
}

export function searchRoutes(state: ZendeskState): Router {
  const router = Router();

  router.get(['/search/count.json', '/search/count'], (req, res) => {
    const terms = parseQuery(firstQuery(req.query.query) ?? '');
    const invalid = invalidTerms(terms);
    if (invalid) return sendError(res, 400, 'invalid', invalid);
    res.json({ count: hits(state, req, terms).length });
  });

  router.get(['/search.json', '/search'], (req, res) => {
    const query = firstQuery(req.query.query);
    if (!query) return sendError(res, 400, 'InvalidParameter', 'query is required');
    const page = Number(firstQuery(req.query.page) ?? 1);
    const perPage = Math.min(Number(firstQuery(req.query.per_page) ?? MAX_PER_PAGE), MAX_PER_PAGE);
    if (!Number.isInteger(page) || page < 1 || !Number.isInteger(perPage) || perPage < 1) {
      return sendError(res, 400, 'InvalidPaginationParameter', 'page and per_page must be positive integers');
    }
    if (page * perPage > RESULT_LIMIT) {
      return sendError(res, 422, 'invalid', 'Invalid search: Requested response size was greater than Search Response Limits');
    }
    const terms = parseQuery(query);
    const invalid = invalidTerms(terms);
    if (invalid) return sendError(res, 400, 'invalid', invalid);
    const found = sorted(hits(state, req, terms), firstQuery(req.query.sort_by), firstQuery(req.query.sort_order));
    const link = (n: number) => `${apiBase(req)}/search.json?${queryString({ query, sort_by: firstQuery(req.query.sort_by), sort_order: firstQuery(req.query.sort_order), page: n, per_page: perPage })}`;
    const count = found.length;
    const reachable = Math.min(count, RESULT_LIMIT);
    res.json({
      results: found.slice((page - 1) * perPage, page * perPage).map((h) => ({ ...h.json(), result_type: h.result_type })),
      facets: null,
      next_page: page * perPage < reachable ? link(page + 1) : null,
      previous_page: page > 1 ? link(page - 1) : null,
      count,
    });
  });

  return router;
}

function hits(state: ZendeskState, req: Request, terms: Term[]): Hit[] {
  const base = apiBase(req);
  const type = terms.find((t) => t.field === 'type' && !t.negate)?.value.toLowerCase();
  const found: Hit[] = [];
  if (!type || type === 'ticket') {
    for (const stored of state.data.tickets) {
      if (stored.deleted || !matchesTicket(state, stored, terms)) continue;
      const { ticket } = stored;
      found.push({
        result_type: 'ticket',
        sortKey: { created_at: ticket.created_at, updated_at: ticket.updated_at, priority: ticket.priority, status: ticket.status, ticket_type: ticket.type },
        json: () => ticketJson(stored, base),
      });
    }
  }
  if (!type || type === 'user') {
    for (const user of state.data.users) {
      if (!matchesUser(state, user, terms)) continue;
      found.push({ result_type: 'user', sortKey: { created_at: user.created_at, updated_at: user.updated_at }, json: () => userJson(user, base) });
    }
  }
  if (!type || type === 'organization') {
    const plain = terms.filter((t) => t.field !== 'type');
    for (const organization of state.data.organizations) {
      const match = plain.every((t) => (t.field === null || t.field === 'name') && matchesText(organization.name, t.value) !== t.negate);
      if (!match) continue;
      found.push({ result_type: 'organization', sortKey: { created_at: organization.created_at, updated_at: organization.updated_at }, json: () => organizationJson(organization, base) });
    }
  }
  return found;
}

/** Without `sort_by`, most recently updated first stands in for Zendesk's relevance order. */
function sorted(found: Hit[], sortBy: string | undefined, sortOrder: string | undefined): Hit[] {
  const key = sortBy && SORTS.has(sortBy) ? sortBy : 'updated_at';
  const direction = sortOrder === 'asc' ? 1 : -1;
  return [...found].sort((a, b) => {
    const x = a.sortKey[key] ?? '';
    const y = b.sortKey[key] ?? '';
    return x < y ? -direction : x > y ? direction : 0;
  });
}
