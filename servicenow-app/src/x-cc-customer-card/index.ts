import { createCustomElement } from '@servicenow/ui-core';
import snabbdom from '@servicenow/ui-renderer-snabbdom';
import { actionHandlers } from './actions';
import { initialState } from './state';
import styles from './styles.css';
import { view } from './view';

export const CARD_TAG = 'x-cc-customer-card';

/**
 * The customer card as a Next Experience component
 * (https://developer.servicenow.com/dev.do#!/reference/next-experience/latest/ui-framework/main-concepts/component-structure).
 * Properties match now-ui.json; the host (a workspace record page) gives the case and the interaction.
 */
if (!customElements.get(CARD_TAG)) {
  createCustomElement(CARD_TAG, {
    renderer: { type: snabbdom },
    view,
    styles,
    initialState,
    properties: {
      interactionId: { default: '' },
      table: { default: 'sn_customerservice_case' },
      sysId: { default: '' },
      ccApiUrl: { default: '/cc/v1' },
      interactionRevision: { default: 0 },
    },
    actionHandlers,
  } as Parameters<typeof createCustomElement>[1]);
}
