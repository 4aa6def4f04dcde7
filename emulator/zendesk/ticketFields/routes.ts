import { Router, type Request } from 'express';
import { RecordInvalid, sendNotFound } from '../http/errors';
import { apiBase, pathId } from '../http/origin';
import { sendList } from '../http/pagination';
import { write } from '../http/write';
import type { ZendeskState } from '../model/state';
import { createTicketField, ticketFieldJson, updateTicketField, type TicketFieldInput } from './ticketFields';

/** Ticket Fields and their options (https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_fields/). */
export function ticketFieldRoutes(state: ZendeskState): Router {
  const router = Router();
  const find = (req: Request) => state.data.ticketFields.find((f) => f.id === pathId(req.params.id));

  router.get(['/ticket_fields.json', '/ticket_fields'], (req, res) => {
    const base = apiBase(req);
    sendList(req, res, 'ticket_fields', `${base}/ticket_fields.json`, state.data.ticketFields, { idOf: (f) => f.id, toJson: (f) => ticketFieldJson(f, base) });
  });
  router.get(['/ticket_fields/count.json', '/ticket_fields/count'], (_req, res) => {
    res.json({ count: { value: state.data.ticketFields.length, refreshed_at: new Date().toISOString() } });
  });

  router.post(['/ticket_fields.json', '/ticket_fields'], write(async (req, res) => {
    const field = createTicketField(state, fieldInput(req));
    await state.save();
    res.status(201).json({ ticket_field: ticketFieldJson(field, apiBase(req)) });
  }));

  router.get(['/ticket_fields/:id/options.json', '/ticket_fields/:id/options'], (req, res) => {
    const field = find(req);
    if (!field) return sendNotFound(res);
    const base = apiBase(req);
    const options = ticketFieldJson(field, base).custom_field_options;
    sendList(req, res, 'custom_field_options', `${base}/ticket_fields/${field.id}/options.json`, options, { idOf: (o) => o.id, toJson: (o) => o });
  });

  /** Create or Update Ticket Field Option: an option with a known id changes, else it is added (201). */
  router.post(['/ticket_fields/:id/options.json', '/ticket_fields/:id/options'], write(async (req, res) => {
    const field = find(req);
    if (!field) return sendNotFound(res);
    const option = (req.body as { custom_field_option?: { id?: unknown } } | undefined)?.custom_field_option;
    if (!option || typeof option !== 'object') throw new RecordInvalid({ custom_field_option: [{ description: 'Option: parameter is required', error: 'BlankValue' }] });
    const known = field.custom_field_options.some((o) => o.id === Number(option.id));
    const options = known ? field.custom_field_options.map((o) => (o.id === Number(option.id) ? option : o)) : [...field.custom_field_options, option];
    updateTicketField(state, field, { custom_field_options: options });
    await state.save();
    const json = ticketFieldJson(field, apiBase(req));
    const shown = known ? json.custom_field_options.find((o) => o.id === Number(option.id)) : json.custom_field_options.at(-1);
    res.status(known ? 200 : 201).json({ custom_field_option: shown });
  }));

  router.delete('/ticket_fields/:id/options/:optionId', write(async (req, res) => {
    const field = find(req);
    const optionId = pathId(req.params.optionId);
    if (!field || !field.custom_field_options.some((o) => o.id === optionId)) return sendNotFound(res);
    field.custom_field_options = field.custom_field_options.filter((o) => o.id !== optionId);
    await state.save();
    res.status(204).end();
  }));

  router.get('/ticket_fields/:id', (req, res) => {
    const field = find(req);
    if (!field) return sendNotFound(res);
    res.json({ ticket_field: ticketFieldJson(field, apiBase(req)) });
  });

  router.put('/ticket_fields/:id', write(async (req, res) => {
    const field = find(req);
    if (!field) return sendNotFound(res);
    updateTicketField(state, field, fieldInput(req));
    await state.save();
    res.json({ ticket_field: ticketFieldJson(field, apiBase(req)) });
  }));

  router.delete('/ticket_fields/:id', write(async (req, res) => {
    const field = find(req);
    if (!field) return sendNotFound(res);
    state.data.ticketFields = state.data.ticketFields.filter((f) => f.id !== field.id);
    for (const form of state.data.ticketForms) form.ticket_field_ids = form.ticket_field_ids.filter((id) => id !== field.id);
    await state.save();
    res.status(204).end();
  }));

  return router;
}

function fieldInput(req: Request): TicketFieldInput {
  const input = (req.body as { ticket_field?: unknown } | undefined)?.ticket_field;
  if (!input || typeof input !== 'object') throw new RecordInvalid({ ticket_field: [{ description: 'Ticket field: parameter is required', error: 'BlankValue' }] });
  return input as TicketFieldInput;
}
