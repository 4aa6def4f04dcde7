import { createElement } from '@servicenow/ui-renderer-snabbdom';
import { recordKey, type CrmRecord } from '../../../../../shared/vocabulary/crmRecord';
import { expansionPlan } from '../../../../../shared/related/expansionPlan';
import { createTypes } from '../actions/create';
import { CARD } from '../actionTypes';
import type { CardState, RelatedEntry } from '../state';
import { linkButton, recordName, tableLabel } from './recordRow';
import { fieldError, section } from './section';
import type { Dispatch } from './types';

const GROUPS: Record<RelatedEntry['group'], string> = { person: 'Matches the contact', household: 'Household', created: 'Created now' };

const childRow = (state: CardState, child: CrmRecord, dispatch: Dispatch) =>
  createElement(
    'li',
    { key: recordKey(child), className: 'record child' },
    createElement('span', { className: 'record-type' }, tableLabel(child.object)),
    recordName(child, dispatch),
    linkButton(state, child, dispatch),
  );

function entryRow(state: CardState, entry: RelatedEntry, dispatch: Dispatch) {
  const { record } = entry;
  const childrenId = `cc-children-${record.id}`;
  return createElement(
    'li',
    { key: recordKey(record), className: 'related-entry', 'data-group': entry.group },
    createElement(
      'div',
      { className: 'record' },
      state.config?.features.related.expand && expansionPlan(record).length
        ? createElement(
            'button',
            {
              className: 'expand',
              type: 'button',
              'aria-expanded': entry.expanded ? 'true' : 'false',
              'aria-controls': childrenId,
              'aria-label': `Records related to ${record.name || record.id}`,
              'on-click': () => dispatch(CARD.RELATED_EXPAND_TOGGLED, { record }),
            },
            entry.expanded ? '▾' : '▸',
          )
        : null,
      createElement('span', { className: 'record-type' }, tableLabel(record.object)),
      recordName(record, dispatch),
      createElement('span', { className: 'record-group' }, GROUPS[entry.group]),
      linkButton(state, record, dispatch),
    ),
    entry.expanded
      ? createElement(
          'div',
          { className: 'children', id: childrenId },
          ...(entry.children ?? []).map((list) =>
            createElement(
              'ul',
              { key: list.label, className: 'child-list', 'aria-label': list.label },
              ...(list.records.length ? list.records.map((child) => childRow(state, child, dispatch)) : [createElement('li', { className: 'empty' }, `${list.label}: none`)]),
            ),
          ),
        )
      : null,
  );
}

/** §5 *Related interactions*: records matching the contact, expandable on demand, with *Refresh*. */
export function relatedInteractions(state: CardState, dispatch: Dispatch) {
  if (!state.config?.features.related.enabled || !state.interaction) return null;
  const refresh = createElement('button', { className: 'refresh', type: 'button', 'on-click': () => dispatch(CARD.RELATED_REFRESHED) }, 'Refresh');
  // §4.1: shown only when the admin allows at least one type (§1.3).
  const create = createTypes(state).length
    ? createElement('button', { className: 'create-new', type: 'button', 'aria-haspopup': 'dialog', 'on-click': () => dispatch(CARD.CREATE_OPENED) }, 'Create new')
    : null;
  const body = [
    fieldError('cc-related-error', state.relatedError),
    state.related.length
      ? createElement('ul', { className: 'related', 'aria-label': 'Records matching the contact' }, ...state.related.map((e) => entryRow(state, e, dispatch)))
      : createElement('p', { className: 'empty' }, 'No records match this contact.'),
  ];
  return section('related', 'Related interactions', state.sections.related, dispatch, body, [createElement('span', { className: 'section-tools' }, create, refresh)]);
}
