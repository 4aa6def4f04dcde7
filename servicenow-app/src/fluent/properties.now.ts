import { Property } from '@servicenow/sdk/core';

/**
 * The admin's settings as system properties (https://servicenow.github.io/sdk/ -> `now-sdk explain
 * property-api`). The names carry the app's scope: when an admin sets `scope` in now.config.json to
 * their vendor prefix, they rename these two with it (README, Deploying).
 */
Property({
  $id: Now.ID['cc-api-url'],
  name: 'x_cc_customer_card.cc_api_url',
  type: 'string',
  value: '/cc/v1',
  description: 'Base URL of the contact-center API (/cc/v1) the card reads interactions, links and cards from.',
  roles: { write: ['admin'] },
});

Property({
  $id: Now.ID['features'],
  name: 'x_cc_customer_card.features',
  type: 'string',
  value: '{"relate":{"enabled":true},"link":{"enabled":true},"related":{"enabled":true,"expand":true},"create":{"enabled":true},"merge":{"enabled":true}}',
  description:
    "Feature switches (PRODUCT.md §1.3) as the contact-center config's `features` JSON; the service's /cc/v1/config is authoritative and refuses disabled actions.",
  roles: { write: ['admin'] },
});
