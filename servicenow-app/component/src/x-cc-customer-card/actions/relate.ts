import { decideServiceNowRelation, unrelateServiceNow } from '../../../../../shared/relating/servicenowRelation';
import type { CrmRecord } from '../../../../../shared/vocabulary/crmRecord';
import { EMITTED } from '../actionTypes';
import type { ApiContext } from '../state';
import { errorText, refusalText } from './messages';

/** §3.2: picking a record fills its reference field on the case through the Table API. */
export async function relatePicked({ action, state, updateState, dispatch, apis: { sn } }: ApiContext<{ record: CrmRecord }>) {
  const { table, sysId } = state.properties;
  updateState({ listbox: { open: false, active: state.listbox.active }, relateError: null });
  if (!state.config) return;
  if (!sysId) return updateState({ relateError: refusalText({ refused: 'no-record' }) });
  const decision = decideServiceNowRelation(state.relations, action.payload.record, state.config);
  if ('refused' in decision) return updateState({ relateError: refusalText(decision) });
  updateState({ busy: true });
  try {
    await sn.setField(table, sysId, decision.field, decision.value);
    updateState({ busy: false, relations: decision.relations });
    dispatch(EMITTED.RECORD_UPDATED, { table, sysId, field: decision.field, value: decision.value });
  } catch (error) {
    updateState({ busy: false, relateError: errorText(error) });
  }
}

/** §3.2: clicking the green icon removes that relation (clears its field on the case). */
export async function relationIconClicked({ action, state, updateState, dispatch, apis: { sn } }: ApiContext<{ record: CrmRecord }>) {
  const { table, sysId } = state.properties;
  if (!state.config || !sysId) return;
  const decision = unrelateServiceNow(state.relations, action.payload.record, state.config);
  if ('refused' in decision) return updateState({ relateError: refusalText(decision) });
  updateState({ busy: true, relateError: null });
  try {
    await sn.setField(table, sysId, decision.clear, '');
    updateState({ busy: false, relations: decision.relations });
    dispatch(EMITTED.RECORD_UPDATED, { table, sysId, field: decision.clear, value: '' });
  } catch (error) {
    updateState({ busy: false, relateError: errorText(error) });
  }
}

/** §3.2: a record with no display name is previewed with all its fields. */
export async function previewRequested({ action, updateState, apis: { sn } }: ApiContext<{ record: CrmRecord }>) {
  try {
    updateState({ preview: (await sn.record(action.payload.record)) ?? action.payload.record });
  } catch (error) {
    updateState({ relateError: errorText(error) });
  }
}
