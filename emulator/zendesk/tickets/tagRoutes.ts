import { Router, type Request, type Response } from 'express';
import { currentUser } from '../http/auth';
import { RecordInvalid, sendNotFound } from '../http/errors';
import { apiBase, pathId } from '../http/origin';
import { sendList } from '../http/pagination';
import { write } from '../http/write';
import type { ZendeskState } from '../model/state';
import type { StoredTicket } from '../model/types';
import type { TicketWritten } from '../triggers/fire';
import { updateTicket } from './tickets';

/**
 * Tags (https://developer.zendesk.com/api-reference/ticketing/ticket-management/tags/):
 * on a ticket, `POST` sets the list, `PUT` adds to it and `DELETE` removes from it, each as a
 * ticket update (so triggers run); `GET /tags` counts the account's tags.
 */
export function tagRoutes(state: ZendeskState, written: TicketWritten): Router {
  const router = Router();
  const live = (req: Request) => {
    const stored = state.ticketsById.get(pathId(req.params.id));
    return stored && !stored.deleted ? stored : undefined;
  };
  const tagsOf = (req: Request): string[] => {
    const tags = (req.body as { tags?: unknown } | undefined)?.tags;
    if (!Array.isArray(tags) || tags.some((t) => typeof t !== 'string')) {
      throw new RecordInvalid({ tags: [{ description: 'Tags: must be a list of tags', error: 'InvalidValue' }] });
    }
    return tags.map((t) => t.toLowerCase().trim().replace(/\s+/g, '_')).filter(Boolean);
  };
  const change = (status: number, next: (stored: StoredTicket, tags: string[]) => string[]) =>
    write(async (req: Request, res: Response) => {
      const stored = live(req);
      if (!stored) return sendNotFound(res);
      const actor = currentUser(req);
      const result = updateTicket(state, stored, { tags: next(stored, tagsOf(req)) }, actor);
      written(result, 'update', actor);
      await state.save();
      if (status === 204) return void res.status(204).end();
      res.status(status).json({ tags: stored.ticket.tags });
    });

  router.get(['/tickets/:id/tags.json', '/tickets/:id/tags'], (req, res) => {
    const stored = live(req);
    if (!stored) return sendNotFound(res);
    res.json({ tags: stored.ticket.tags });
  });
  router.post(['/tickets/:id/tags.json', '/tickets/:id/tags'], change(201, (_stored, tags) => tags));
  router.put(['/tickets/:id/tags.json', '/tickets/:id/tags'], change(200, (stored, tags) => [...stored.ticket.tags, ...tags]));
  router.delete(['/tickets/:id/tags.json', '/tickets/:id/tags'], change(204, (stored, tags) => stored.ticket.tags.filter((t) => !tags.includes(t))));

  router.get(['/tags.json', '/tags'], (req, res) => {
    const counts = new Map<string, number>();
    for (const stored of state.data.tickets) if (!stored.deleted) for (const tag of stored.ticket.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    const tags = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name, count], index) => ({ name, count, index }));
    sendList(req, res, 'tags', `${apiBase(req)}/tags.json`, tags, { idOf: (t) => t.index, toJson: ({ name, count }) => ({ name, count }) });
  });

  return router;
}
