import { createElement } from '@servicenow/ui-renderer-snabbdom';
import type { DuplicateReason } from '../../../../../shared/cards/duplicates';
import { CHANNEL_LABELS } from '../../../../../shared/vocabulary/channel';
import { CARD } from '../actionTypes';
import type { CardState, CcCard, MergeDialog } from '../state';
import { modal } from './modal';
import { fieldError } from './section';
import type { Dispatch } from './types';

const REASONS: Record<DuplicateReason, string> = {
  'same-phone': 'same phone number',
  'same-email': 'same email',
  'similar-name': 'similar name',
  'same-linked-record': 'same linked record',
};

const identity = (card: CcCard) => card.identityPoints.map((p) => p.value).join(', ');

/** One card to pick: a checkbox labelled with the card, described by why it is offered. */
function candidate(dialog: MergeDialog, card: CcCard, reasons: DuplicateReason[], dispatch: Dispatch) {
  const id = `cc-merge-${card.id}`;
  const why = reasons.map((r) => REASONS[r] ?? r).join(', ');
  return createElement(
    'li',
    { key: card.id, className: 'merge-candidate', 'data-card': card.id },
    createElement('input', {
      type: 'checkbox',
      id,
      'props-checked': dialog.selected.includes(card.id),
      'aria-describedby': `${id}-facts`,
      'on-change': () => dispatch(CARD.MERGE_TOGGLED, { cardId: card.id }),
    }),
    createElement('label', { for: id }, card.name || '(no name)'),
    createElement(
      'span',
      { className: 'merge-facts', id: `${id}-facts` },
      [CHANNEL_LABELS[card.channel] ?? card.channel, identity(card), why && `Probable duplicate: ${why}`].filter(Boolean).join(' · '),
    ),
  );
}

/** §6.2: the open card's probable duplicates ranked, a search over all cards, and *Merge*. */
export function mergeDialog(state: CardState, dispatch: Dispatch) {
  const dialog = state.merge;
  if (!dialog) return null;
  const offered = new Set(dialog.duplicates.map((d) => d.card.id));
  const found = (dialog.results ?? []).filter((c) => !offered.has(c.id));
  return modal('cc-merge', `Merge into ${state.card?.name || 'this card'}`, CARD.MERGE_CLOSED, dispatch, [
    createElement(
      'form',
      {
        className: 'merge-search',
        role: 'search',
        'on-submit': (event: Event) => {
          event.preventDefault();
          dispatch(CARD.MERGE_SEARCHED);
        },
      },
      createElement('label', { for: 'cc-merge-query' }, 'Search all cards'),
      createElement('input', {
        id: 'cc-merge-query',
        type: 'search',
        'props-value': dialog.query,
        'on-input': (event: Event) => dispatch(CARD.MERGE_QUERY_CHANGED, { query: (event.target as HTMLInputElement).value }),
      }),
      createElement('button', { type: 'submit', className: 'search' }, 'Search'),
    ),
    createElement('h4', { id: 'cc-merge-duplicates' }, 'Probable duplicates'),
    dialog.duplicates.length
      ? createElement('ul', { className: 'merge-list duplicates', 'aria-labelledby': 'cc-merge-duplicates' }, ...dialog.duplicates.map((d) => candidate(dialog, d.card, d.reasons, dispatch)))
      : createElement('p', { className: 'empty' }, dialog.busy ? 'Looking for duplicates…' : 'No probable duplicates.'),
    dialog.results
      ? createElement('h4', { id: 'cc-merge-results' }, 'Search results')
      : null,
    dialog.results
      ? found.length
        ? createElement('ul', { className: 'merge-list results', 'aria-labelledby': 'cc-merge-results' }, ...found.map((c) => candidate(dialog, c, [], dispatch)))
        : createElement('p', { className: 'empty' }, 'No other card matches.')
      : null,
    fieldError('cc-merge-error', dialog.error),
    createElement(
      'div',
      { className: 'modal-actions' },
      createElement('button', { type: 'button', className: 'cancel', 'on-click': () => dispatch(CARD.MERGE_CLOSED) }, 'Cancel'),
      createElement(
        'button',
        { type: 'button', className: 'merge primary', disabled: dialog.busy || dialog.selected.length === 0, 'on-click': () => dispatch(CARD.MERGE_CONFIRMED) },
        dialog.selected.length ? `Merge ${dialog.selected.length} card${dialog.selected.length > 1 ? 's' : ''}` : 'Merge',
      ),
    ),
  ]);
}
