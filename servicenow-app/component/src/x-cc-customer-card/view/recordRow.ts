import { createElement } from '@servicenow/ui-renderer-snabbdom';
import { linkRecord } from '../../../../../shared/links/link';
import { relationDisplay } from '../../../../../shared/relating/servicenowRelation';
import type { CrmRecord } from '../../../../../shared/vocabulary/crmRecord';
import { interactionId } from '../../../../../shared/vocabulary/ids';
import { CARD } from '../actionTypes';
import type { CardState } from '../state';
import type { Dispatch } from './types';

export const TABLE_LABELS: Record<string, string> = {
  csm_consumer: 'Consumer',
  customer_contact: 'Contact',
  customer_account: 'Account',
  sn_customerservice_case: 'Case',
  interaction: 'Interaction',
};

export const tableLabel = (table: string) => TABLE_LABELS[table] ?? table;

/** A record's name, or (§3.2) an empty field with a *preview* action when it has no display name. */
export function recordName(record: CrmRecord, dispatch: Dispatch) {
  const { name, preview } = relationDisplay(record);
  if (!preview) return createElement('span', { className: 'record-name' }, name);
  return createElement(
    'span',
    { className: 'record-name empty' },
    createElement('input', { className: 'empty-name', type: 'text', readonly: true, value: '', 'aria-label': `${tableLabel(record.object)} name (empty)` }),
    createElement(
      'button',
      { className: 'preview', type: 'button', 'on-click': () => dispatch(CARD.PREVIEW_REQUESTED, { record }) },
      'Preview',
    ),
  );
}

/** §2.1: the link icon shows whether the record is linked to the interaction. */
export function linkButton(state: CardState, record: CrmRecord, dispatch: Dispatch) {
  if (!state.config?.features.link.enabled || !state.properties.interactionId) return null;
  const decision = linkRecord(state.links, interactionId(state.properties.interactionId), record, '', state.config);
  const linked = 'refused' in decision && decision.refused === 'already-linked';
  const label = `${linked ? 'Unlink' : 'Link'} ${tableLabel(record.object)} ${record.name || record.id}`;
  return createElement(
    'button',
    {
      className: `link ${linked ? 'linked' : 'unlinked'}`,
      type: 'button',
      'aria-pressed': linked ? 'true' : 'false',
      'aria-label': label,
      title: label,
      disabled: state.busy,
      'on-click': () => dispatch(CARD.LINK_TOGGLED, { record }),
    },
    linked ? 'Linked' : 'Link',
  );
}
