import { createCustomElement } from '@servicenow/ui-core';
import snabbdom from '@servicenow/ui-renderer-snabbdom';
import { actionHandlers } from './actions';
import { CARD_PROPERTIES, CARD_TAG } from './properties';
import { initialState } from './state';
import styles from './styles.css';
import { view } from './view';

export { CARD_TAG };

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
    properties: CARD_PROPERTIES,
    actionHandlers,
  } as Parameters<typeof createCustomElement>[1]);
}
