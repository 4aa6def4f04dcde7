import { Router } from 'express';
import { currentUser } from '../http/auth';
import { RecordInvalid, sendError } from '../http/errors';
import { jobJson, type JobResult, type Jobs } from '../jobs/jobs';
import { apiBase } from '../http/origin';
import { write } from '../http/write';
import type { ZendeskState } from '../model/state';
import type { TicketInput } from './fields';
import { ticketInput } from './routes';
import { importTicket, ticketJson } from './tickets';

/**
 * Ticket Import API (https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_import/).
 * `create_many` answers a job status as Zendesk does; the emulator runs this job at once, so
 * the status is already `completed` and `GET /job_statuses/{id}` shows its results.
 */
export function importRoutes(state: ZendeskState, jobs: Jobs): Router {
  const router = Router();

  router.post(['/imports/tickets.json', '/imports/tickets'], write(async (req, res) => {
    const change = importTicket(state, ticketInput(req), currentUser(req));
    await state.save();
    res.status(201).json({ ticket: ticketJson(change.stored, apiBase(req)) });
  }));

  router.post(['/imports/tickets/create_many.json', '/imports/tickets/create_many'], async (req, res) => {
    const tickets = (req.body as { tickets?: unknown } | undefined)?.tickets;
    if (!Array.isArray(tickets)) return sendError(res, 400, 'InvalidParameter', 'tickets must be a list');
    if (tickets.length > 100) return sendError(res, 400, 'TooManyTickets', 'Import at most 100 tickets per request');
    const actor = currentUser(req);
    const results: JobResult[] = tickets.map((input: unknown, index) => {
      try {
        if (!input || typeof input !== 'object') throw new RecordInvalid({ ticket: [{ description: 'Ticket: must be an object', error: 'InvalidValue' }] });
        return { index, id: importTicket(state, input as TicketInput, actor).stored.ticket.id };
      } catch (error) {
        if (error instanceof RecordInvalid) return { index, error: 'RecordInvalid', details: error.details };
        throw error;
      }
    });
    await state.save();
    const job = jobs.record('bulk_import', results);
    res.json({ job_status: jobJson(job, apiBase(req)) });
  });

  return router;
}

