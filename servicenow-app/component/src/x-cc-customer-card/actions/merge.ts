import { requireFeature } from '../../../../../shared/config/requireFeature';
import { CARD } from '../actionTypes';
import type { ApiContext, HandlerContext, MergeDialog } from '../state';
import { errorText, refusalText } from './messages';

const withPatch = (dialog: MergeDialog, patch: Partial<MergeDialog>): MergeDialog => ({ ...dialog, ...patch });

/** §6.2: the dialog opens on the open card's probable duplicates, ranked by the service's domain. */
export async function mergeOpened({ state, updateState, apis: { cc } }: ApiContext) {
  const cardId = state.card?.id;
  if (!state.config || !cardId) return;
  const disabled = requireFeature(state.config, 'merge');
  if (disabled) return updateState({ mergeMessage: refusalText(disabled) });
  const dialog: MergeDialog = { duplicates: [], query: '', results: null, selected: [], error: null, busy: true };
  updateState({ merge: dialog, mergeMessage: null });
  try {
    const { duplicates } = await cc.call('findDuplicates', { params: { id: cardId } });
    updateState({ merge: withPatch(dialog, { duplicates, busy: false }) });
  } catch (error) {
    updateState({ merge: withPatch(dialog, { error: errorText(error), busy: false }) });
  }
}

export function mergeQueryChanged({ action, state, updateState }: HandlerContext<{ query: string }>) {
  if (state.merge) updateState({ merge: { ...state.merge, query: action.payload.query } });
}

/** §6.2: the agent may also search every card (by name, phone, email). */
export async function mergeSearched({ state, updateState, apis: { cc } }: ApiContext) {
  const dialog = state.merge;
  if (!dialog || !dialog.query.trim()) return;
  updateState({ merge: { ...dialog, busy: true, error: null } });
  try {
    const { cards: found } = await cc.call('searchCards', { query: { q: dialog.query.trim() } });
    updateState({ merge: { ...dialog, busy: false, results: found.filter((c) => c.id !== state.card?.id && !c.mergedInto) } });
  } catch (error) {
    updateState({ merge: { ...dialog, busy: false, error: errorText(error) } });
  }
}

export function mergeToggled({ action, state, updateState }: HandlerContext<{ cardId: string }>) {
  if (!state.merge) return;
  const { selected } = state.merge;
  const { cardId } = action.payload;
  updateState({ merge: { ...state.merge, selected: selected.includes(cardId) ? selected.filter((id) => id !== cardId) : [...selected, cardId] } });
}

/** §6.3: the open card survives with the union of the selected ones; the service's message is shown. */
export async function mergeConfirmed({ state, updateState, dispatch, apis: { cc } }: ApiContext) {
  const dialog = state.merge;
  const cardId = state.card?.id;
  if (!dialog || !cardId || dialog.selected.length === 0 || dialog.busy) return;
  updateState({ merge: { ...dialog, busy: true, error: null } });
  try {
    const result = await cc.call('mergeCards', { params: { id: cardId }, body: { cardIds: dialog.selected } });
    updateState({ merge: null, card: result.card, mergeMessage: result.message });
    dispatch(CARD.RELATED_REFRESHED);
  } catch (error) {
    updateState({ merge: { ...dialog, busy: false, error: errorText(error) } });
  }
}
