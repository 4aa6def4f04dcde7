import { Router, type Request } from 'express';
import { fieldError, RecordInvalid, sendNotFound } from '../http/errors';
import { apiBase, pathId } from '../http/origin';
import { sendList } from '../http/pagination';
import { write } from '../http/write';
import { isoTime, nextId, type ZendeskState } from '../model/state';
import type { TicketForm } from '../model/types';

/** Ticket Forms (https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_forms/). */
export function ticketFormRoutes(state: ZendeskState): Router {
  const router = Router();
  const find = (req: Request) => state.data.ticketForms.find((f) => f.id === pathId(req.params.id));
  const json = (form: TicketForm, base: string) => ({
    url: `${base}/ticket_forms/${form.id}.json`,
    ...form,
    raw_name: form.name,
    raw_display_name: form.display_name,
    in_all_brands: true,
    restricted_brand_ids: [],
    agent_conditions: [],
    end_user_conditions: [],
  });

  router.get(['/ticket_forms.json', '/ticket_forms'], (req, res) => {
    const base = apiBase(req);
    sendList(req, res, 'ticket_forms', `${base}/ticket_forms.json`, state.data.ticketForms, { idOf: (f) => f.id, toJson: (f) => json(f, base) });
  });

  router.post(['/ticket_forms.json', '/ticket_forms'], write(async (req, res) => {
    const now = isoTime(state.now());
    const form: TicketForm = { id: 0, name: '', display_name: '', position: state.data.ticketForms.length, active: true, default: state.data.ticketForms.length === 0, end_user_visible: true, ticket_field_ids: [], created_at: now, updated_at: now };
    applyForm(state, form, formInput(req), true);
    form.id = nextId(state);
    state.data.ticketForms.push(form);
    await state.save();
    res.status(201).json({ ticket_form: json(form, apiBase(req)) });
  }));

  router.get('/ticket_forms/:id', (req, res) => {
    const form = find(req);
    if (!form) return sendNotFound(res);
    res.json({ ticket_form: json(form, apiBase(req)) });
  });

  router.put('/ticket_forms/:id', write(async (req, res) => {
    const form = find(req);
    if (!form) return sendNotFound(res);
    applyForm(state, form, formInput(req), false);
    form.updated_at = isoTime(state.now());
    await state.save();
    res.json({ ticket_form: json(form, apiBase(req)) });
  }));

  router.delete('/ticket_forms/:id', write(async (req, res) => {
    const form = find(req);
    if (!form) return sendNotFound(res);
    state.data.ticketForms = state.data.ticketForms.filter((f) => f.id !== form.id);
    await state.save();
    res.status(204).end();
  }));

  return router;
}

function applyForm(state: ZendeskState, form: TicketForm, input: Record<string, unknown>, whole: boolean): void {
  const name = input.name === undefined ? undefined : typeof input.name === 'string' ? input.name.trim() : '';
  if ((whole || name !== undefined) && !name) throw fieldError('name', 'Name: cannot be blank', 'BlankValue');
  if (input.ticket_field_ids !== undefined) {
    const ids = Array.isArray(input.ticket_field_ids) ? input.ticket_field_ids.map(Number) : [NaN];
    if (ids.some((id) => !state.data.ticketFields.some((f) => f.id === id))) throw fieldError('ticket_field_ids', 'Ticket fields: is invalid', 'InvalidValue');
    form.ticket_field_ids = ids;
  }
  if (name !== undefined) {
    form.name = name;
    if (!form.display_name || typeof input.display_name !== 'string') form.display_name = name;
  }
  if (typeof input.display_name === 'string' && input.display_name.trim()) form.display_name = input.display_name.trim();
  for (const key of ['active', 'end_user_visible', 'default'] as const) if (typeof input[key] === 'boolean') form[key] = input[key] as boolean;
  if (Number.isInteger(input.position)) form.position = input.position as number;
}

function formInput(req: Request): Record<string, unknown> {
  const input = (req.body as { ticket_form?: unknown } | undefined)?.ticket_form;
  if (!input || typeof input !== 'object') throw new RecordInvalid({ ticket_form: [{ description: 'Ticket form: parameter is required', error: 'BlankValue' }] });
  return input as Record<string, unknown>;
}
