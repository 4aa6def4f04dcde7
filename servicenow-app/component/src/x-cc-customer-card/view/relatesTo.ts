import { createElement } from '@servicenow/ui-renderer-snabbdom';
import { relationIcons } from '../../../../../shared/relating/servicenowRelation';
import { recordKey, type CrmRecord } from '../../../../../shared/vocabulary/crmRecord';
import { CARD } from '../actionTypes';
import type { CardState } from '../state';
import { recordName, tableLabel } from './recordRow';
import { fieldError } from './section';
import type { Dispatch } from './types';

const LISTBOX_ID = 'cc-relates-to-listbox';
const optionId = (i: number) => `cc-relates-to-option-${i}`;
const HANDLED_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End', 'Escape', 'Enter', ' ']);

function listbox(state: CardState, dispatch: Dispatch) {
  const { active } = state.listbox;
  return createElement(
    'ul',
    {
      className: 'listbox',
      id: LISTBOX_ID,
      role: 'listbox',
      tabindex: '0',
      'aria-label': 'Records to relate to the case',
      'aria-activedescendant': state.relatable.length ? optionId(active) : null,
      'hook-insert': (vnode: { elm: HTMLElement }) => vnode.elm.focus(),
      'on-keydown': (event: KeyboardEvent) => {
        if (!HANDLED_KEYS.has(event.key)) return;
        event.preventDefault();
        dispatch(CARD.RELATES_TO_KEYED, { key: event.key });
      },
    },
    ...(state.relatable.length
      ? state.relatable.map((record, i) =>
          createElement(
            'li',
            {
              key: recordKey(record),
              id: optionId(i),
              role: 'option',
              className: `option${i === active ? ' active' : ''}`,
              'aria-selected': i === active ? 'true' : 'false',
              'on-click': () => dispatch(CARD.RELATE_PICKED, { record }),
            },
            createElement('span', { className: 'option-type' }, tableLabel(record.object)),
            createElement('span', { className: 'option-name' }, record.name || '(no name)'),
          ),
        )
      : [createElement('li', { role: 'option', 'aria-disabled': 'true', 'aria-selected': 'false', className: 'option empty' }, 'No records opened yet')]),
  );
}

/** One related record: green icon (current, click removes) or white (still related in ServiceNow). */
function relationRow(record: CrmRecord, field: string, icon: string, dispatch: Dispatch, busy: boolean) {
  const label = tableLabel(record.object);
  const iconNode =
    icon === 'current'
      ? createElement(
          'button',
          {
            className: 'relation-icon current',
            type: 'button',
            disabled: busy,
            'aria-label': `Remove the relation to ${label} ${record.name || record.id}`,
            title: 'Related: click to remove',
            'on-click': () => dispatch(CARD.RELATION_ICON_CLICKED, { record }),
          },
          '●',
        )
      : createElement('span', { className: 'relation-icon still-related', role: 'img', 'aria-label': 'Still related in ServiceNow', title: 'Still related in ServiceNow' }, '○');
  return createElement(
    'li',
    { key: recordKey(record), className: `relation relation-${field}`, 'data-field': field, 'data-icon': icon },
    iconNode,
    createElement('span', { className: 'relation-field' }, label),
    recordName(record, dispatch),
  );
}

/** §3.2: *Relates to* on the case: the drop-down and the records related so far. */
export function relatesTo(state: CardState, dispatch: Dispatch) {
  if (!state.config?.features.relate.enabled) return null;
  const byKey = new Map(state.relatable.map((r) => [recordKey(r), r]));
  const rows = relationIcons(state.relations).map((r) =>
    relationRow(byKey.get(recordKey(r.record)) ?? { ...r.record, name: '' }, r.field, r.icon, dispatch, state.busy),
  );
  return createElement(
    'div',
    { className: 'relates-to' },
    createElement(
      'button',
      {
        className: 'relates-to-button',
        type: 'button',
        'aria-haspopup': 'listbox',
        'aria-expanded': state.listbox.open ? 'true' : 'false',
        'aria-controls': LISTBOX_ID,
        'aria-describedby': state.relateError ? 'cc-relate-error' : null,
        disabled: state.busy,
        'on-click': () => dispatch(CARD.RELATES_TO_TOGGLED),
      },
      'Relates to ▾',
    ),
    state.listbox.open ? listbox(state, dispatch) : null,
    fieldError('cc-relate-error', state.relateError),
    rows.length ? createElement('ul', { className: 'relations', 'aria-label': 'Related to the case' }, ...rows) : null,
  );
}
