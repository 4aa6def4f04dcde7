import { fieldError, RecordInvalid } from '../http/errors';
import { isoTime, nextId, type ZendeskState } from '../model/state';
import type { TicketField } from '../model/types';

/** Custom ticket field types (https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_fields/#json-format). */
export const FIELD_TYPES = ['text', 'textarea', 'checkbox', 'date', 'integer', 'decimal', 'regexp', 'partialcreditcard', 'multiselect', 'tagger', 'lookup'] as const;
const WITH_OPTIONS = ['tagger', 'multiselect'];

export interface TicketFieldInput {
  type?: unknown;
  title?: unknown;
  description?: unknown;
  position?: unknown;
  active?: unknown;
  required?: unknown;
  visible_in_portal?: unknown;
  editable_in_portal?: unknown;
  tag?: unknown;
  regexp_for_validation?: unknown;
  custom_field_options?: unknown;
}

export function createTicketField(state: ZendeskState, input: TicketFieldInput): TicketField {
  const type = typeof input.type === 'string' ? input.type : '';
  if (!(FIELD_TYPES as readonly string[]).includes(type)) throw fieldError('type', `Type: ${type || 'blank'} is not a valid field type`, 'InvalidValue');
  const now = isoTime(state.now());
  const field: TicketField = {
    id: 0, type, title: '', description: '', position: state.data.ticketFields.length + 1, active: true, required: false,
    visible_in_portal: false, editable_in_portal: false, tag: null, regexp_for_validation: null, custom_field_options: [], removable: true,
    created_at: now, updated_at: now,
  };
  applyTicketField(state, field, input, true);
  field.id = nextId(state);
  state.data.ticketFields.push(field);
  return field;
}

export function updateTicketField(state: ZendeskState, field: TicketField, input: TicketFieldInput): TicketField {
  if (input.type !== undefined && input.type !== field.type) throw fieldError('type', 'Type: cannot be changed', 'InvalidValue');
  applyTicketField(state, field, input, false);
  field.updated_at = isoTime(state.now());
  return field;
}

function applyTicketField(state: ZendeskState, field: TicketField, input: TicketFieldInput, whole: boolean): void {
  const title = input.title === undefined ? undefined : typeof input.title === 'string' ? input.title.trim() : '';
  if ((whole || title !== undefined) && !title) throw fieldError('title', 'Title: cannot be blank', 'BlankValue');
  const options = input.custom_field_options === undefined ? undefined : parseOptions(state, field, input.custom_field_options);
  if (whole && WITH_OPTIONS.includes(field.type) && !options?.length) {
    throw new RecordInvalid({ custom_field_options: [{ description: 'Field options: must have at least one option', error: 'BlankValue' }] });
  }
  if (title !== undefined) field.title = title;
  for (const key of ['description'] as const) if (typeof input[key] === 'string') field[key] = input[key] as string;
  for (const key of ['active', 'required', 'visible_in_portal', 'editable_in_portal'] as const) if (typeof input[key] === 'boolean') field[key] = input[key] as boolean;
  if (Number.isInteger(input.position)) field.position = input.position as number;
  if (typeof input.tag === 'string') field.tag = input.tag;
  if (typeof input.regexp_for_validation === 'string') field.regexp_for_validation = input.regexp_for_validation;
  if (options) field.custom_field_options = options;
}

/** Options keep their id when sent with it; each `value` is the tag the option sets. */
function parseOptions(state: ZendeskState, field: TicketField, value: unknown): TicketField['custom_field_options'] {
  if (!Array.isArray(value)) throw fieldError('custom_field_options', 'Field options: must be a list', 'InvalidValue');
  return value.map((item) => {
    const { id, name, value: tag, default: isDefault } = (item ?? {}) as Record<string, unknown>;
    if (typeof name !== 'string' || !name.trim() || typeof tag !== 'string' || !/^[^\s,]+$/.test(tag)) {
      throw fieldError('custom_field_options', 'Field options: each needs a name and a tag value without spaces', 'InvalidValue');
    }
    const known = field.custom_field_options.find((o) => o.id === Number(id));
    return { id: known?.id ?? nextId(state), name: name.trim(), value: tag.toLowerCase(), default: isDefault === true };
  });
}

export function ticketFieldJson(field: TicketField, base: string) {
  return {
    url: `${base}/ticket_fields/${field.id}.json`,
    ...field,
    raw_title: field.title,
    raw_description: field.description,
    title_in_portal: field.title,
    raw_title_in_portal: field.title,
    required_in_portal: false,
    collapsed_for_agents: false,
    agent_description: null,
    custom_field_options: field.custom_field_options.map((o) => ({ ...o, raw_name: o.name, url: `${base}/ticket_fields/${field.id}/options/${o.id}.json` })),
  };
}
