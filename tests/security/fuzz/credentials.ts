import { APP, requestToken } from '../../dynamics/client';
import { basicAuth } from '../../servicenow/tableApi';
import { login } from '../../salesforce/connect';
import { ADMIN as ZENDESK_ADMIN, basic } from '../../zendesk/client';
import { CC_ADMIN, signInCc } from '../../support/cc';
import { pageSignIn } from '../ccSupport';
import type { ApiName } from './targets';

/** The headers that sign a request in to each API, the way its own clients do. */
export type Credentials = Record<ApiName, Record<string, string>>;

export async function signInEverywhere(url: string): Promise<Credentials> {
  const salesforce = await login({ url });
  const dynamics = (await (await requestToken(url)).json()) as { access_token: string };
  const cc = await signInCc(url, CC_ADMIN.username, CC_ADMIN.password);
  const page = await pageSignIn(url, CC_ADMIN.username);
  const samePage = { cookie: page.cookie, 'x-csrf-token': page.csrf, origin: url };
  return {
    salesforce: { authorization: `Bearer ${salesforce.accessToken}` },
    servicenow: { authorization: basicAuth() },
    zendesk: { authorization: basic(`${ZENDESK_ADMIN.email}/token`, ZENDESK_ADMIN.token) },
    dynamics: { authorization: `Bearer ${dynamics.access_token}` },
    'contact-center': { authorization: `Bearer ${cc.token}` },
    pages: samePage,
    other: {},
  };
}

/** Routes that end the session they are called with: sent without it, so the rest of the run stays signed in. */
export const endsSession = (path: string): boolean => /logout|revoke|signout|sign-out/i.test(path) || path.includes(APP.tenant + '/oauth2/v2.0/logout');
