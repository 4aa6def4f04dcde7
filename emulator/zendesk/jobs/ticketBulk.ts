import { Router, type Request } from 'express';
import { currentUser } from '../http/auth';
import type { ZendeskState } from '../model/state';
import type { StoredTicket } from '../model/types';
import type { TicketInput } from '../tickets/fields';
import { createTicket, deleteTicket, updateTicket } from '../tickets/tickets';
import type { TicketWritten } from '../triggers/fire';
import { idsParam, itemResult, notFound, startBulk } from './bulk';
import type { Jobs } from './jobs';

/**
 * Bulk ticket endpoints (https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#create-many-tickets):
 * created and updated tickets run the account's triggers like single writes do.
 */
export function ticketBulkRoutes(state: ZendeskState, jobs: Jobs, written: TicketWritten): Router {
  const router = Router();
  const live = (id: number) => {
    const stored = state.ticketsById.get(id);
    return stored && !stored.deleted ? stored : undefined;
  };

  router.post(['/tickets/create_many.json', '/tickets/create_many'], (req, res) => {
    const tickets = (req.body as { tickets?: unknown } | undefined)?.tickets;
    const actor = currentUser(req);
    startBulk(req, res, state, jobs, 'bulk_create_tickets', Array.isArray(tickets) ? (tickets as TicketInput[]) : undefined, (input, index) =>
      itemResult({ index }, () => {
        const change = createTicket(state, input ?? {}, actor);
        written(change, 'create', actor);
        return { id: change.stored.ticket.id };
      }));
  });

  /** The same change for `?ids=` tickets, or one change per `{tickets: [{id, ...}]}` item. */
  router.put(['/tickets/update_many.json', '/tickets/update_many'], (req, res) => {
    const selector = idsParam(req);
    const body = req.body as { ticket?: TicketInput; tickets?: unknown } | undefined;
    const actor = currentUser(req);
    const items: { id: number; stored?: StoredTicket; input: TicketInput }[] | undefined =
      selector && 'ids' in selector && body?.ticket
        ? selector.ids.map((id) => ({ id, stored: live(id), input: body.ticket! }))
        : Array.isArray(body?.tickets)
          ? (body.tickets as (TicketInput & { id?: unknown })[]).map(({ id, ...input }) => ({ id: Number(id), stored: live(Number(id)), input }))
          : undefined;
    startBulk(req, res, state, jobs, 'bulk_update_tickets', items, ({ id, stored, input }) => {
      const base = { id, action: 'update' };
      if (!stored) return notFound(base);
      return itemResult(base, () => {
        written(updateTicket(state, stored, input, actor), 'update', actor);
        return { success: true, status: 'Updated' };
      });
    });
  });

  router.delete(['/tickets/destroy_many.json', '/tickets/destroy_many'], (req: Request, res) => {
    const selector = idsParam(req);
    const ids = selector && 'ids' in selector ? selector.ids : undefined;
    startBulk(req, res, state, jobs, 'bulk_delete_tickets', ids, (id) => {
      const stored = live(id);
      if (!stored) return notFound({ id, action: 'delete' });
      deleteTicket(state, stored);
      return { id, action: 'delete', success: true, status: 'Deleted' };
    });
  });

  return router;
}
