import type { HandlerContext } from '../state';
import { CARD } from '../actionTypes';

export function relatesToToggled({ state, updateState }: HandlerContext) {
  updateState({ listbox: { open: !state.listbox.open, active: 0 } });
}

/**
 * The WAI-ARIA listbox keys (https://www.w3.org/WAI/ARIA/apg/patterns/listbox/): arrows move,
 * Home/End jump, Enter or Space picks, Escape closes.
 */
export function relatesToKeyed({ action, state, updateState, dispatch }: HandlerContext<{ key: string }>) {
  const count = state.relatable.length;
  const { active } = state.listbox;
  const move = (to: number) => updateState({ listbox: { open: true, active: Math.max(0, Math.min(count - 1, to)) } });
  switch (action.payload.key) {
    case 'ArrowDown':
      return move(active + 1);
    case 'ArrowUp':
      return move(active - 1);
    case 'Home':
      return move(0);
    case 'End':
      return move(count - 1);
    case 'Escape':
      return updateState({ listbox: { open: false, active } });
    case 'Enter':
    case ' ':
      if (count > 0) dispatch(CARD.RELATE_PICKED, { record: state.relatable[active] });
  }
}
