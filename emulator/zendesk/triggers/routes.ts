import { Router, type Request } from 'express';
import { RecordInvalid, sendNotFound } from '../http/errors';
import { apiBase, firstQuery, pathId } from '../http/origin';
import { sendList } from '../http/pagination';
import { write } from '../http/write';
import type { ZendeskState } from '../model/state';
import type { Trigger } from '../model/types';
import { fold } from '../search/parseQuery';
import { createTrigger, triggerJson, updateTrigger, type TriggerInput } from './triggers';

/** Triggers (https://developer.zendesk.com/api-reference/ticketing/business-rules/triggers/). */
export function triggerRoutes(state: ZendeskState): Router {
  const router = Router();
  const find = (req: Request) => state.data.triggers.find((t) => t.id === pathId(req.params.id));
  const ordered = (items: Trigger[]) => [...items].sort((a, b) => a.id - b.id);
  const list = (req: Request, res: Parameters<typeof sendList>[1], path: string, items: Trigger[]) => {
    const base = apiBase(req);
    sendList(req, res, 'triggers', `${base}${path}`, ordered(items), { idOf: (t) => t.id, toJson: (t) => triggerJson(t, base) });
  };

  router.get(['/triggers.json', '/triggers'], (req, res) => {
    const active = firstQuery(req.query.active);
    list(req, res, '/triggers.json', active === undefined ? state.data.triggers : state.data.triggers.filter((t) => String(t.active) === active));
  });
  router.get(['/triggers/active.json', '/triggers/active'], (req, res) => list(req, res, '/triggers/active.json', state.data.triggers.filter((t) => t.active)));
  router.get(['/triggers/search.json', '/triggers/search'], (req, res) => {
    const query = fold(firstQuery(req.query.query) ?? '');
    list(req, res, '/triggers/search.json', state.data.triggers.filter((t) => fold(t.title).includes(query)));
  });

  router.post(['/triggers.json', '/triggers'], write(async (req, res) => {
    const trigger = createTrigger(state, triggerInput(req));
    await state.save();
    res.status(201).json({ trigger: triggerJson(trigger, apiBase(req)) });
  }));

  router.get('/triggers/:id', (req, res) => {
    const trigger = find(req);
    if (!trigger) return sendNotFound(res);
    res.json({ trigger: triggerJson(trigger, apiBase(req)) });
  });

  router.put('/triggers/:id', write(async (req, res) => {
    const trigger = find(req);
    if (!trigger) return sendNotFound(res);
    updateTrigger(state, trigger, triggerInput(req));
    await state.save();
    res.json({ trigger: triggerJson(trigger, apiBase(req)) });
  }));

  /** Delete Trigger answers 204 No Content. */
  router.delete('/triggers/:id', write(async (req, res) => {
    const trigger = find(req);
    if (!trigger) return sendNotFound(res);
    state.data.triggers = state.data.triggers.filter((t) => t.id !== trigger.id);
    await state.save();
    res.status(204).end();
  }));

  return router;
}

function triggerInput(req: Request): TriggerInput {
  const input = (req.body as { trigger?: unknown } | undefined)?.trigger;
  if (!input || typeof input !== 'object') throw new RecordInvalid({ trigger: [{ description: 'Trigger: parameter is required', error: 'BlankValue' }] });
  return input as TriggerInput;
}
