import type { CardProperties } from './state';

/** The tag carries the app's scope (`x_cc_customer_card`), as `snc ui-component` requires. */
export const CARD_TAG = 'x-cc-customer-card';

/**
 * The component's properties and their defaults, as `createCustomElement` takes them
 * (https://developer.servicenow.com/dev.do#!/reference/next-experience/latest/ui-framework/main-concepts/component-properties).
 * UI Builder only offers what now-ui.json declares; nowUi.test.ts keeps the two in step.
 */
export const CARD_PROPERTIES: { [name in keyof CardProperties]: { default: CardProperties[name] } } = {
  interactionId: { default: '' },
  table: { default: 'sn_customerservice_case' },
  sysId: { default: '' },
  ccApiUrl: { default: '/cc/v1' },
  // Where the instance's page cannot send the service's session cookie (third-party cookies
  // blocked), the host hands the card a bearer token; it stays in the client's memory.
  ccToken: { default: '' },
  interactionRevision: { default: 0 },
};
