import { fieldError, RecordInvalid } from '../http/errors';
import { isoTime, nextId, type ZendeskState } from '../model/state';
import type { Trigger, TriggerCondition } from '../model/types';

/** What Create and Update Trigger take (https://developer.zendesk.com/api-reference/ticketing/business-rules/triggers/). */
export interface TriggerInput {
  title?: unknown;
  description?: unknown;
  active?: unknown;
  position?: unknown;
  conditions?: unknown;
  actions?: unknown;
  category_id?: unknown;
}

export function createTrigger(state: ZendeskState, input: TriggerInput): Trigger {
  const now = isoTime(state.now());
  const trigger: Trigger = {
    id: 0,
    title: '',
    description: null,
    active: true,
    position: state.data.triggers.reduce((max, t) => Math.max(max, t.position), 0) + 1,
    conditions: { all: [], any: [] },
    actions: [],
    category_id: null,
    created_at: now,
    updated_at: now,
  };
  applyTrigger(trigger, input, true);
  trigger.id = nextId(state);
  state.data.triggers.push(trigger);
  return trigger;
}

export function updateTrigger(state: ZendeskState, trigger: Trigger, input: TriggerInput): Trigger {
  applyTrigger(trigger, input, false);
  trigger.updated_at = isoTime(state.now());
  return trigger;
}

function applyTrigger(trigger: Trigger, input: TriggerInput, whole: boolean): void {
  const title = input.title === undefined ? undefined : typeof input.title === 'string' ? input.title.trim() : '';
  if ((whole || title !== undefined) && !title) throw fieldError('title', 'Title: cannot be blank', 'BlankValue');
  const conditions = input.conditions === undefined ? undefined : parseConditions(input.conditions);
  const actions = input.actions === undefined ? undefined : parseActions(input.actions);
  if (whole && (!actions || actions.length === 0)) throw fieldError('actions', 'Actions: cannot be blank', 'BlankValue');
  if (whole && (!conditions || conditions.all.length + conditions.any.length === 0)) {
    throw new RecordInvalid({ base: [{ description: 'Conditions: must have at least one "all" or "any" condition', error: 'InvalidValue' }] });
  }
  if (title !== undefined) trigger.title = title;
  if (typeof input.description === 'string' || input.description === null) trigger.description = input.description;
  if (typeof input.active === 'boolean') trigger.active = input.active;
  if (Number.isInteger(input.position)) trigger.position = input.position as number;
  if (conditions) trigger.conditions = conditions;
  if (actions) trigger.actions = actions;
  if (input.category_id !== undefined) trigger.category_id = input.category_id == null ? null : String(input.category_id);
}

function parseConditions(value: unknown): Trigger['conditions'] {
  const input = (value && typeof value === 'object' ? value : {}) as { all?: unknown; any?: unknown };
  const list = (items: unknown, key: string): TriggerCondition[] => {
    if (items === undefined) return [];
    if (!Array.isArray(items)) throw fieldError('conditions', `Conditions: ${key} must be a list`, 'InvalidValue');
    return items.map((item) => {
      const { field, operator, value: v } = (item ?? {}) as Record<string, unknown>;
      if (typeof field !== 'string' || typeof operator !== 'string') throw fieldError('conditions', 'Conditions: each needs a field and an operator', 'InvalidValue');
      return { field, operator, value: v ?? null };
    });
  };
  return { all: list(input.all, 'all'), any: list(input.any, 'any') };
}

function parseActions(value: unknown): Trigger['actions'] {
  if (!Array.isArray(value)) throw fieldError('actions', 'Actions: must be a list', 'InvalidValue');
  return value.map((item) => {
    const { field, value: v } = (item ?? {}) as Record<string, unknown>;
    if (typeof field !== 'string') throw fieldError('actions', 'Actions: each needs a field', 'InvalidValue');
    return { field, value: v ?? null };
  });
}

export function triggerJson(trigger: Trigger, base: string) {
  return { url: `${base}/triggers/${trigger.id}.json`, ...trigger, raw_title: trigger.title, default: false };
}
