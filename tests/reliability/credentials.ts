import { jsonOf, type Probe } from './client';
import type { Part } from './endpoints';

type Headers = Record<string, string>;

/** Valid credentials for each part, as headers, plus the contact center's admin. */
export type Credentials = Record<Part, Headers> & { admin: Headers };

const basic = (user: string, secret: string) => `Basic ${Buffer.from(`${user}:${secret}`).toString('base64')}`;
const form = (path: string, fields: Record<string, string>): Probe => ({
  method: 'POST', path, label: `sign in ${path}`,
  headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString(),
});
const ccToken = async (base: string, username: string) => {
  const { access_token: token } = await jsonOf<{ access_token: string }>(base, {
    method: 'POST', path: '/cc/v1/auth/token', label: 'cc sign in',
    headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'emulator' }),
  });
  return { authorization: `Bearer ${token}` };
};

/** Signs in to every part with the seeded accounts. */
export async function signIn(base: string): Promise<Credentials> {
  const sf = await jsonOf<{ access_token: string }>(base, form('/services/oauth2/token', {
    grant_type: 'password', client_id: 'customer-card-local', client_secret: 'emulator-secret',
    username: 'agent@customercard.example', password: 'emulator',
  }));
  return {
    salesforce: { authorization: `Bearer ${sf.access_token}` },
    servicenow: { authorization: basic('admin', 'emulator') },
    zendesk: { authorization: basic('admin@customercard.example/token', 'emulator-token') },
    contactCenter: await ccToken(base, 'agent@customercard.example'),
    admin: await ccToken(base, 'admin@customercard.example'),
  };
}

/**
 * Credentials a client might send by mistake or an attacker might forge: none, random
 * bearer tokens, broken Basic headers, wrong passwords, other parts' cookies, and object
 * property names that a plain-object lookup would find.
 */
export function forgedCredentials(random: () => number): Headers[] {
  const token = () => Math.floor(random() * 2 ** 52).toString(36) + Math.floor(random() * 2 ** 52).toString(36);
  return [
    {},
    { authorization: '' },
    { authorization: 'Bearer' },
    { authorization: `Bearer ${token()}` },
    { authorization: `OAuth ${token()}` },
    { authorization: `Bearer 00DDn00000CCard0!${token()}` },
    { authorization: 'Bearer constructor' },
    { authorization: 'Bearer __proto__' },
    { authorization: 'Bearer toString' },
    { authorization: 'Basic' },
    { authorization: 'Basic !!!not-base64!!!' },
    { authorization: `Basic ${Buffer.from('no-colon').toString('base64')}` },
    { authorization: basic('admin', 'wrong') },
    { authorization: basic('admin@customercard.example/token', 'wrong-token') },
    { authorization: basic('admin@customercard.example', 'wrong') },
    { authorization: basic('constructor', '') },
    { authorization: basic('__proto__/token', 'emulator-token') },
    { authorization: `Digest username="admin"` },
    { cookie: `sid=${token()}; glide_session_store=${token()}; cc_session=${token()}` },
    { cookie: 'sid=constructor; glide_session_store=__proto__; cc_session=toString' },
    { cookie: 'sid=%E0%A4%A; cc_session=%' },
  ];
}

