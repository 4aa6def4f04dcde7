import { createElement } from '@servicenow/ui-renderer-snabbdom';
import { CARD } from '../actionTypes';
import type { CardState } from '../state';
import { tableLabel } from './recordRow';
import type { Dispatch } from './types';

const shown = (value: unknown) => (value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));

/** §3.2: the *preview* of a record without a display name: its fields, read from ServiceNow. */
export function preview(state: CardState, dispatch: Dispatch) {
  const record = state.preview;
  if (!record) return null;
  const fields = Object.entries(record.fields ?? {}).filter(([k]) => !k.startsWith('sys_') || k === 'sys_id');
  return createElement(
    'div',
    { className: 'preview-panel', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'cc-preview-title' },
    createElement('h3', { id: 'cc-preview-title' }, `${tableLabel(record.object)} preview`),
    createElement('dl', { className: 'facts' }, ...fields.flatMap(([k, v]) => [createElement('dt', null, k), createElement('dd', null, shown(v))])),
    createElement('button', { type: 'button', className: 'close', 'on-click': () => dispatch(CARD.PREVIEW_CLOSED) }, 'Close'),
  );
}
