import { createCcClient } from '../../../../../shared/contract/client';
import { interactionId, linkId } from '../../../../../shared/vocabulary/ids';
import type { Link } from '../../../../../shared/vocabulary/link';
import type { CardApis, CardProperties, CcLink } from '../state';
import { createCaseApi } from './caseApi';

/**
 * The `ccApiUrl` property names the API itself (`/cc/v1`, or `https://cc.example.com/cc/v1` from
 * the system property `x_cc_customer_card.cc_api_url`); the shared client wants the service's origin.
 */
const serviceOrigin = (ccApiUrl: string) => ccApiUrl.replace(/\/+$/, '').replace(/\/cc\/v1$/, '');

const byCard = new WeakMap<Element, { ccApiUrl: string; ccToken: string; apis: CardApis }>();

/**
 * The card's two clients, made once per card element and handed to every action handler, instead of
 * a client per action. Not `createHttpEffect` effects: the contact-center calls go through the one
 * typed client of `/cc/v1` (ARCHITECTURE rule 10) and the Table API through `shared/`'s adapter, and
 * an effect's URL is fixed when the component is defined while `ccApiUrl` is a run-time property.
 * Keyed by the element in a WeakMap (ui-core's `host`), so two cards on a page keep their own clients
 * and a removed card's go with it; a new `ccApiUrl` or `ccToken` makes a new contact-center client.
 */
export function cardApis(card: Element, { ccApiUrl, ccToken }: Pick<CardProperties, 'ccApiUrl' | 'ccToken'>): CardApis {
  const known = byCard.get(card);
  if (known?.ccApiUrl === ccApiUrl && known.ccToken === ccToken) return known.apis;
  const apis: CardApis = {
    // The page's session cookie (`cc_session`) authenticates the agent, also across origins; where
    // the browser blocks it as a third-party cookie, the host's bearer token does.
    cc: createCcClient({ baseUrl: serviceOrigin(ccApiUrl), credentials: 'include', token: ccToken || undefined }),
    sn: known?.apis.sn ?? createCaseApi(),
  };
  byCard.set(card, { ccApiUrl, ccToken, apis });
  return apis;
}

/** The contract's links with the domain's branded ids, for `linkRecord` and `isActiveLink`. */
export const domainLinks = (links: readonly CcLink[]): Link[] =>
  links.map((link) => ({ ...link, id: linkId(link.id), interactionId: interactionId(link.interactionId) }));
