import { createCcClient } from '../../../../../shared/contract/client';

/** The desktop's contact-center client: the contract's typed calls and the agent's event stream. */
export function desktopApi(baseUrl = '') {
  const client = createCcClient({ baseUrl, credentials: 'include' });
  return {
    call: client.call,
    events: client.events,
  };
}
