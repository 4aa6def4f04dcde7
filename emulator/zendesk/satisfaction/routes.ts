import { Router, type Request } from 'express';
import { currentUser } from '../http/auth';
import { fieldError, RecordInvalid, sendForbidden, sendNotFound } from '../http/errors';
import { apiBase, firstQuery, pathId } from '../http/origin';
import { sendList } from '../http/pagination';
import { write } from '../http/write';
import { isoTime, nextId, type ZendeskState } from '../model/state';
import type { SatisfactionRating } from '../model/types';

const SCORES = ['good', 'bad'];

/**
 * Satisfaction Ratings (https://developer.zendesk.com/api-reference/ticketing/ticket-management/satisfaction_ratings/):
 * only the ticket's requester rates it (an admin acts as them with `X-On-Behalf-Of`), once the
 * ticket is solved; a second rating replaces the first. Agents read them all.
 */
export function satisfactionRoutes(state: ZendeskState): Router {
  const router = Router();
  const json = (rating: SatisfactionRating, base: string) => ({ url: `${base}/satisfaction_ratings/${rating.id}.json`, ...rating });

  router.post(['/tickets/:id/satisfaction_rating.json', '/tickets/:id/satisfaction_rating'], write(async (req, res) => {
    const stored = state.ticketsById.get(pathId(req.params.id));
    if (!stored || stored.deleted) return sendNotFound(res);
    const actor = currentUser(req);
    if (actor.id !== stored.ticket.requester_id) return sendForbidden(res);
    const input = (req.body as { satisfaction_rating?: { score?: unknown; comment?: unknown; reason?: unknown } } | undefined)?.satisfaction_rating;
    if (!input || typeof input !== 'object') throw new RecordInvalid({ satisfaction_rating: [{ description: 'Satisfaction rating: parameter is required', error: 'BlankValue' }] });
    if (typeof input.score !== 'string' || !SCORES.includes(input.score)) throw fieldError('score', `Score: ${String(input.score)} is not valid`, 'InvalidValue');
    if (stored.ticket.status !== 'solved') throw fieldError('ticket', 'Ticket: must be solved to be rated', 'InvalidValue');
    const now = isoTime(state.now());
    let rating = state.data.satisfactionRatings.find((r) => r.ticket_id === stored.ticket.id);
    if (!rating) {
      rating = { id: nextId(state), ticket_id: stored.ticket.id, requester_id: actor.id, assignee_id: null, group_id: null, score: 'offered', comment: null, reason: null, created_at: now, updated_at: now };
      state.data.satisfactionRatings.push(rating);
    }
    Object.assign(rating, {
      score: input.score,
      comment: typeof input.comment === 'string' ? input.comment : null,
      reason: typeof input.reason === 'string' ? input.reason : null,
      assignee_id: stored.ticket.assignee_id,
      group_id: stored.ticket.group_id,
      updated_at: now,
    });
    stored.satisfaction = { id: rating.id, score: rating.score, comment: rating.comment, reason: rating.reason };
    await state.save();
    res.json({ satisfaction_rating: json(rating, apiBase(req)) });
  }));

  /** List Satisfaction Ratings, optionally by `score` (`good`, `bad`, `received` for both). */
  router.get(['/satisfaction_ratings.json', '/satisfaction_ratings'], (req, res) => {
    const score = firstQuery(req.query.score);
    const ratings = state.data.satisfactionRatings.filter((r) => !score || (score === 'received' ? SCORES.includes(r.score) : r.score === score));
    const base = apiBase(req);
    sendList(req, res, 'satisfaction_ratings', `${base}/satisfaction_ratings.json`, ratings, { idOf: (r) => r.id, toJson: (r) => json(r, base) });
  });

  router.get('/satisfaction_ratings/:id', (req: Request, res) => {
    const rating = state.data.satisfactionRatings.find((r) => r.id === pathId(req.params.id));
    if (!rating) return sendNotFound(res);
    res.json({ satisfaction_rating: json(rating, apiBase(req)) });
  });

  return router;
}
