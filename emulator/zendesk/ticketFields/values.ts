import { RecordInvalid } from '../http/errors';
import type { ZendeskState } from '../model/state';
import type { Ticket } from '../model/types';

/**
 * Custom field values on a ticket write, checked against their field's type. A drop-down
 * (`tagger`) or multi-select value is one of the field's option tags and also sets that tag
 * on the ticket, as Zendesk does. Ids of no known field are kept as sent.
 */
export function checkCustomValues(state: ZendeskState, updates: unknown[]): { id: number; value: unknown }[] {
  return updates.flatMap((update) => {
    const { id, value } = (update ?? {}) as { id?: unknown; value?: unknown };
    if (id == null || !Number.isInteger(Number(id))) return [];
    const field = state.data.ticketFields.find((f) => f.id === Number(id));
    if (!field || value == null || value === '') return [{ id: Number(id), value: value ?? null }];
    const options = field.custom_field_options.map((o) => o.value);
    const ok = (() => {
      switch (field.type) {
        case 'checkbox':
          return typeof value === 'boolean';
        case 'integer':
          return Number.isInteger(Number(value)) && String(value).trim() !== '';
        case 'decimal':
          return Number.isFinite(Number(value)) && String(value).trim() !== '';
        case 'date':
          return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
        case 'tagger':
          return typeof value === 'string' && options.includes(value);
        case 'multiselect':
          return Array.isArray(value) && value.every((v) => typeof v === 'string' && options.includes(v));
        default:
          return typeof value === 'string' || typeof value === 'number';
      }
    })();
    if (!ok) throw new RecordInvalid({ base: [{ description: `${field.title}: ${JSON.stringify(value)} is not valid`, error: 'InvalidValue' }] });
    return [{ id: field.id, value }];
  });
}

/** The option tags a ticket's drop-down and multi-select values stand for. */
export function optionTags(state: ZendeskState, ticket: Ticket): string[] {
  return ticket.custom_fields.flatMap(({ id, value }) => {
    const field = state.data.ticketFields.find((f) => f.id === id);
    if (!field || (field.type !== 'tagger' && field.type !== 'multiselect')) return [];
    return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
  });
}
