import { Router, type Request } from 'express';
import { currentUser } from '../http/auth';
import { RecordInvalid, sendNotFound } from '../http/errors';
import { apiBase, firstQuery, pathId } from '../http/origin';
import { sendList } from '../http/pagination';
import { write } from '../http/write';
import type { ZendeskState } from '../model/state';
import type { StoredTicket } from '../model/types';
import { auditJson } from './audit';
import { commentJson } from './comments';
import type { TicketInput } from './fields';
import type { TicketWritten } from '../triggers/fire';
import { createTicket, deleteTicket, metricJson, ticketJson, updateTicket } from './tickets';

/** Tickets and their comments (https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/). */
export function ticketRoutes(state: ZendeskState, written: TicketWritten): Router {
  const router = Router();
  const live = (id: number) => {
    const stored = state.ticketsById.get(id);
    return stored && !stored.deleted ? stored : undefined;
  };
  const origin = (req: Request) => `${req.protocol}://${req.get('host')}`;

  router.get(['/tickets.json', '/tickets'], (req, res) => {
    const base = apiBase(req);
    const tickets = state.data.tickets.filter((t) => !t.deleted);
    sendList(req, res, 'tickets', `${base}/tickets.json`, tickets, { idOf: (t) => t.ticket.id, toJson: (t) => ticketJson(t, base) });
  });

  /** A user's requested or assigned tickets, an organization's tickets: the same list, filtered. */
  const related = (path: string, owner: (req: Request) => boolean, matches: (req: Request, t: StoredTicket) => boolean) => {
    router.get([`${path}.json`, path], (req, res) => {
      if (!owner(req)) return sendNotFound(res);
      const base = apiBase(req);
      const tickets = state.data.tickets.filter((t) => !t.deleted && matches(req, t));
      sendList(req, res, 'tickets', `${base}${req.path}`, tickets, { idOf: (t) => t.ticket.id, toJson: (t) => ticketJson(t, base) });
    });
  };
  const userId = (req: Request) => pathId(req.params.id);
  const isUser = (req: Request) => state.usersById.has(userId(req));
  related('/users/:id/tickets/requested', isUser, (req, t) => t.ticket.requester_id === userId(req));
  related('/users/:id/tickets/assigned', isUser, (req, t) => t.ticket.assignee_id === userId(req));
  related('/organizations/:id/tickets', (req) => state.organizationsById.has(userId(req)), (req, t) => t.ticket.organization_id === userId(req));

  router.get(['/tickets/show_many.json', '/tickets/show_many'], (req, res) => {
    const base = apiBase(req);
    const ids = (firstQuery(req.query.ids) ?? '').split(',').map(Number);
    const tickets = ids.map(live).filter((t): t is StoredTicket => Boolean(t));
    res.json({ tickets: tickets.map((t) => ticketJson(t, base)), next_page: null, previous_page: null, count: tickets.length });
  });

  router.post(['/tickets.json', '/tickets'], write(async (req, res) => {
    const actor = currentUser(req);
    const change = createTicket(state, ticketInput(req), actor);
    written(change, 'create', actor);
    await state.save();
    res.status(201).json({ ticket: ticketJson(change.stored, apiBase(req)), audit: auditJson(state, change, actor, origin(req)) });
  }));

  router.get(['/tickets/:id/comments.json', '/tickets/:id/comments'], (req, res) => {
    const stored = live(pathId(req.params.id));
    if (!stored) return sendNotFound(res);
    const comments = stored.comments;
    const url = `${apiBase(req)}/tickets/${stored.ticket.id}/comments.json`;
    sendList(req, res, 'comments', url, comments, { idOf: (c) => c.id, toJson: (c) => commentJson(c, origin(req)) });
  });

  router.get(['/tickets/:id/metrics.json', '/tickets/:id/metrics'], (req, res) => {
    const stored = live(pathId(req.params.id));
    if (!stored) return sendNotFound(res);
    res.json({ ticket_metric: metricJson(stored, apiBase(req)) });
  });

  router.get('/tickets/:id', (req, res) => {
    const stored = live(pathId(req.params.id));
    if (!stored) return sendNotFound(res);
    res.json({ ticket: ticketJson(stored, apiBase(req)) });
  });

  router.put('/tickets/:id', write(async (req, res) => {
    const stored = live(pathId(req.params.id));
    if (!stored) return sendNotFound(res);
    const actor = currentUser(req);
    const change = updateTicket(state, stored, ticketInput(req), actor);
    written(change, 'update', actor);
    await state.save();
    res.json({ ticket: ticketJson(stored, apiBase(req)), audit: auditJson(state, change, actor, origin(req)) });
  }));

  /** Delete Ticket answers 204 No Content. */
  router.delete('/tickets/:id', write(async (req, res) => {
    const stored = live(pathId(req.params.id));
    if (!stored) return sendNotFound(res);
    deleteTicket(state, stored);
    await state.save();
    res.status(204).end();
  }));

  return router;
}

export function ticketInput(req: Request): TicketInput {
  const ticket = (req.body as { ticket?: unknown } | undefined)?.ticket;
  if (!ticket || typeof ticket !== 'object') {
    throw new RecordInvalid({ ticket: [{ description: 'Ticket: parameter is required', error: 'BlankValue' }] });
  }
  return ticket as TicketInput;
}
