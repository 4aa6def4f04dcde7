import { createCcClient } from '../../../../../shared/contract/client';
import { ccContract } from '../../../../../shared/contract/contract';

/**
 * The desktop's contact-center client. `offers(operation)` says whether this service's
 * contract has an operation, so a button whose call the service lacks is never shown
 * (the desktop runs against older services too).
 */
export function desktopApi(baseUrl = '') {
  const client = createCcClient({ baseUrl, credentials: 'include' });
  return {
    call: client.call,
    events: client.events,
    offers: (operation) => Object.prototype.hasOwnProperty.call(ccContract, operation),
  };
}
