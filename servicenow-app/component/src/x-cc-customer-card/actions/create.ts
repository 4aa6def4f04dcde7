import { allowedCreateTypes, prefillForm } from '../../../../../shared/create/prefill';
import { isCrmError } from '../../../../../shared/ports/crmError';
import { CARD, EMITTED } from '../actionTypes';
import type { ApiContext, CardState, CreateForm, HandlerContext } from '../state';
import { callerValues, interactionRecordOf } from './caller';
import { createFields, errorsByField } from './createFields';
import { errorText, refusalText } from './messages';

/** The types the admin allows in ServiceNow (§4.1), or none when creating is switched off (§1.3). */
export function createTypes(state: Pick<CardState, 'config'>): string[] {
  if (!state.config) return [];
  const allowed = allowedCreateTypes('servicenow', state.config);
  return Array.isArray(allowed) ? allowed : [];
}

/** The pop-up for `object`, pre-filled from the interaction; what the agent typed already is kept. */
function formFor(state: CardState, object: string, typed: Record<string, string> = {}): CreateForm | string {
  if (!state.config || !state.interaction) return refusalText({ refused: 'no-record' });
  const { interaction } = state;
  const facts = {
    channel: interaction.channel,
    from: interaction.from,
    contactName: state.card?.name || interaction.ivr?.matches[0]?.name,
    subject: interaction.subject,
  };
  const prefill = prefillForm('servicenow', object, facts, state.config);
  if ('refused' in prefill) return refusalText(prefill);
  // What the agent typed carries over to the fields the new type's form also has.
  const names = new Set(createFields(object, prefill.values).map((f) => f.name));
  const kept = Object.fromEntries(Object.entries(typed).filter(([field]) => names.has(field)));
  return { object, values: { ...prefill.values, ...kept }, fieldErrors: {}, error: null, saving: false };
}

export function createOpened({ state, updateState }: HandlerContext) {
  const [first] = createTypes(state);
  const form = first ? formFor(state, first) : refusalText({ refused: 'feature-disabled' });
  if (typeof form === 'string') return updateState({ relatedError: form });
  updateState({ create: form, relatedError: null });
}

export function createTypeChanged({ action, state, updateState }: HandlerContext<{ object: string }>) {
  if (!state.create) return;
  const typed = Object.fromEntries(Object.entries(state.create.values).filter(([, v]) => v !== ''));
  const form = formFor(state, action.payload.object, typed);
  updateState({ create: typeof form === 'string' ? { ...state.create, error: form } : form });
}

export function createFieldChanged({ action, state, updateState }: HandlerContext<{ field: string; value: string }>) {
  if (!state.create) return;
  const { field, value } = action.payload;
  const { [field]: _fixed, ...fieldErrors } = state.create.fieldErrors;
  updateState({ create: { ...state.create, values: { ...state.create.values, [field]: value }, fieldErrors } });
}

/**
 * §4: saves through the Table API. ServiceNow's refusals go beside their fields and the form stays
 * open with everything typed (§4.2). The new record belongs to the caller (consumer, or contact and
 * account) and carries the channel; it is listed with the interaction record, joins the card, becomes
 * relatable (it is reported as visited during the interaction) and the host opens it.
 */
export async function createSaved({ state, updateState, dispatch, apis: { cc, sn } }: ApiContext) {
  const form = state.create;
  if (!form || form.saving) return;
  if (!createTypes(state).includes(form.object)) return updateState({ create: { ...form, error: refusalText({ refused: 'type-not-allowed' }) } });
  updateState({ create: { ...form, saving: true, error: null, fieldErrors: {} } });
  try {
    // What the agent typed wins over what the caller implies.
    const outcome = await sn.create(form.object, { ...(await callerValues(state, form.object, sn)), ...form.values });
    if ('invalid' in outcome) {
      const { fieldErrors, unplaced } = errorsByField(form.object, outcome.invalid.fields ?? {}, form.values);
      const error = unplaced.length || !Object.keys(fieldErrors).length ? outcome.invalid.message : null;
      return updateState({ create: { ...form, saving: false, fieldErrors, error } });
    }
    const ref = outcome.written;
    const interactionRecord = interactionRecordOf(state);
    if (interactionRecord) await sn.listWithInteraction(interactionRecord, ref).catch(() => null);
    const record = (await sn.record(ref).catch(() => null)) ?? { ...ref, name: '' };
    updateState({ create: null, created: [...state.created, record] });
    const { interactionId } = state.properties;
    if (interactionId) await cc.call('markVisited', { params: { id: interactionId }, body: { crm: ref.crm, object: ref.object, id: ref.id } }).catch(() => null);
    dispatch(CARD.INTERACTION_CHANGED);
    dispatch(CARD.RELATED_REFRESHED);
    dispatch(EMITTED.RECORD_CREATED, { table: ref.object, sysId: ref.id });
  } catch (error) {
    updateState({ create: { ...form, saving: false, error: isCrmError(error) ? error.message : errorText(error) } });
  }
}
