import { createElement } from '@servicenow/ui-renderer-snabbdom';
import type { CardState } from '../state';
import { CARD } from '../actionTypes';
import { createForm } from './createForm';
import { currentInteraction } from './currentInteraction';
import { mergeDialog } from './mergeDialog';
import { preview } from './preview';
import { relatedInteractions } from './relatedInteractions';
import type { Dispatch } from './types';

function status(state: CardState) {
  if (state.status === 'idle') return createElement('p', { className: 'status' }, 'No interaction in progress.');
  if (state.status === 'loading' && !state.interaction) return createElement('p', { className: 'status', role: 'status' }, 'Loading…');
  if (state.status === 'failed') return createElement('p', { className: 'field-error', role: 'alert' }, state.loadError ?? 'The card could not load.');
  return null;
}

/** §6: *Merge* on the open card, when an admin allows it; its success message stays in view (§6.3). */
function mergeButton(state: CardState, dispatch: Dispatch) {
  if (!state.config?.features.merge.enabled || !state.card) return null;
  return createElement('button', { type: 'button', className: 'merge-open', 'aria-haspopup': 'dialog', 'on-click': () => dispatch(CARD.MERGE_OPENED) }, 'Merge');
}

/** The customer card (§1): a pure function of the state. */
/** The caller the IVR identified; an ambiguous IVR's candidates name nobody until the agent picks one. */
const identifiedName = (state: CardState) => (state.interaction?.ivr?.outcome === 'identified' ? state.interaction.ivr.matches[0]?.name : undefined);

export function view(state: CardState, { dispatch }: { dispatch: Dispatch }) {
  return createElement(
    'div',
    { className: `card${state.busy ? ' busy' : ''}`, role: 'region', 'aria-label': 'Customer card', 'aria-busy': state.busy ? 'true' : 'false' },
    createElement(
      'div',
      { className: 'card-header' },
      createElement('h2', { className: 'card-title' }, state.card?.name || identifiedName(state) || state.interaction?.from || 'Customer card'),
      mergeButton(state, dispatch),
    ),
    createElement('p', { className: 'merge-message', role: 'status' }, state.mergeMessage ?? ''),
    status(state),
    state.interaction ? currentInteraction(state, dispatch) : null,
    relatedInteractions(state, dispatch),
    preview(state, dispatch),
    createForm(state, dispatch),
    mergeDialog(state, dispatch),
  );
}
