import { createHash } from 'node:crypto';
import jsforce from 'jsforce';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSession } from '../../emulator/salesforce/auth/sessions';
import type { RunningEmulator } from '../../emulator/server';
import { startMemoryEmulator } from '../support/emulator';
import { AGENT, CLIENT, rejection } from './connect';
import { hidden, oauthBrowser } from './oauthBrowser';

/** The OAuth 2.0 web server flow as a web app runs it with jsforce, the browser walking Salesforce's pages. */
let emulator: RunningEmulator;
const CALLBACK = 'http://127.0.0.1:8123/oauth/callback';
const oauth2 = (options: Partial<ConstructorParameters<typeof jsforce.OAuth2>[0]> = {}) =>
  new jsforce.OAuth2({ loginUrl: emulator.url, ...CLIENT, redirectUri: CALLBACK, ...options });
const token = (params: Record<string, string>) =>
  fetch(`${emulator.url}/services/oauth2/token`, { method: 'POST', body: new URLSearchParams({ grant_type: 'authorization_code', client_id: CLIENT.clientId, client_secret: CLIENT.clientSecret, redirect_uri: CALLBACK, ...params }) });
const codeFrom = (callback: URL) => callback.searchParams.get('code') ?? '';

beforeAll(async () => {
  emulator = await startMemoryEmulator();
});
afterAll(() => emulator.close());
afterEach(() => {
  vi.useRealTimers();
});

describe('web server flow', () => {
  it('signs in, asks to allow the scopes, and hands jsforce a code it turns into a session', async () => {
    const client = oauth2();
    const browser = oauthBrowser(emulator.url);
    const url = client.getAuthorizationUrl({ scope: 'api refresh_token', state: 'cart-42' });
    const signIn = await browser.open(url);
    expect(signIn.status).toBe(200);
    const signInHtml = await signIn.text();
    expect(signInHtml).toContain('Log in to Salesforce');
    const signedIn = await browser.submit('/services/oauth2/authorize/login', { ...AGENT, startURL: hidden(signInHtml, 'startURL')! });
    expect(signedIn.status).toBe(303);
    const consent = await (await browser.open(signedIn.headers.get('location')!)).text();
    expect(consent).toContain('Allow Access?');
    expect(consent).toContain('Manage user data via APIs (api)');
    expect(consent).toContain('Perform requests at any time (refresh_token, offline_access)');
    const allowed = await browser.submit('/services/oauth2/authorize/decision', { pending: hidden(consent, 'pending')!, decision: 'allow' });
    const callback = new URL(allowed.headers.get('location')!);
    expect(`${callback.origin}${callback.pathname}`).toBe(CALLBACK);
    expect(callback.searchParams.get('state')).toBe('cart-42');

    const conn = new jsforce.Connection({ oauth2: client, version: '62.0' });
    const userInfo = await conn.authorize(codeFrom(callback));
    expect(userInfo.id).toMatch(/^005/);
    expect(conn.instanceUrl).toBe(emulator.url);
    expect(conn.refreshToken).toMatch(/^5Aep/);
    expect((await conn.query('SELECT Id FROM Contact LIMIT 1')).records).toHaveLength(1);
  });

  it('refuses a wrong password on the sign-in page and issues no code', async () => {
    const browser = oauthBrowser(emulator.url, { ...AGENT, password: 'wrong' });
    await expect(browser.authorize(oauth2().getAuthorizationUrl({}))).rejects.toThrow('sign-in failed: 401');
  });

  it('issues a refresh token only when the scope asks for one', async () => {
    const browser = oauthBrowser(emulator.url);
    const withoutRefresh = await browser.authorize(oauth2().getAuthorizationUrl({ scope: 'api' }));
    const answer = await (await token({ code: codeFrom(withoutRefresh) })).json();
    expect(answer).toMatchObject({ scope: 'api', token_type: 'Bearer', instance_url: emulator.url });
    expect(answer.refresh_token).toBeUndefined();
    const offline = await browser.authorize(oauth2().getAuthorizationUrl({ scope: 'api offline_access' }));
    expect((await (await token({ code: codeFrom(offline) })).json()).refresh_token).toMatch(/^5Aep/);
  });

  it('skips the sign-in page for a browser that already has a Salesforce session', async () => {
    const browser = oauthBrowser(emulator.url);
    const session = await createSession(emulator.store, AGENT.username);
    const page = await fetch(oauth2().getAuthorizationUrl({}), { headers: { cookie: `sid=${session!.sessionId}` }, redirect: 'manual' });
    expect(await page.text()).toContain('Allow Access?');
    await browser.authorize(oauth2().getAuthorizationUrl({}));
    // The first authorize signed the browser in: the second goes straight to consent.
    expect(await (await browser.open(oauth2().getAuthorizationUrl({}))).text()).toContain('Allow Access?');
  });

  it('spends a code on its first use and lets it expire after 15 minutes', async () => {
    const browser = oauthBrowser(emulator.url);
    const code = codeFrom(await browser.authorize(oauth2().getAuthorizationUrl({})));
    expect((await token({ code })).status).toBe(200);
    expect(await (await token({ code })).json()).toEqual({ error: 'invalid_grant', error_description: 'invalid authorization code' });

    const late = codeFrom(await browser.authorize(oauth2().getAuthorizationUrl({})));
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 16 * 60_000);
    expect(await (await token({ code: late })).json()).toEqual({ error: 'invalid_grant', error_description: 'expired authorization code' });
  });

  it('checks the redirect URI and the client secret when the code is redeemed', async () => {
    const browser = oauthBrowser(emulator.url);
    const code = codeFrom(await browser.authorize(oauth2().getAuthorizationUrl({})));
    expect(await (await token({ code, client_secret: 'guess' })).json()).toEqual({ error: 'invalid_client', error_description: 'invalid client credentials' });
    const other = codeFrom(await browser.authorize(oauth2().getAuthorizationUrl({})));
    expect(await (await token({ code: other, redirect_uri: 'http://127.0.0.1:8123/elsewhere' })).json()).toEqual({ error: 'invalid_grant', error_description: 'redirect_uri must match configuration' });
  });
});

describe('PKCE', () => {
  it('lets jsforce redeem a code with its verifier (S256, the default method)', async () => {
    const client = oauth2({ useVerifier: true });
    const url = client.getAuthorizationUrl({ scope: 'api' });
    expect(new URL(url).searchParams.get('code_challenge')).toBeTruthy();
    const conn = new jsforce.Connection({ oauth2: client, version: '62.0' });
    await conn.authorize(codeFrom(await oauthBrowser(emulator.url).authorize(url)));
    expect((await conn.query('SELECT Id FROM Account LIMIT 1')).records).toHaveLength(1);
  });

  it('refuses a code redeemed with the wrong verifier, for S256 and plain', async () => {
    const browser = oauthBrowser(emulator.url);
    const verifier = 'correct-horse-battery-staple-correct-horse-battery-staple';
    const s256 = createHash('sha256').update(verifier).digest('base64url');
    const code = codeFrom(await browser.authorize(oauth2().getAuthorizationUrl({ code_challenge: s256, code_challenge_method: 'S256' } as never)));
    expect(await (await token({ code, code_verifier: 'a-different-verifier-of-enough-length-to-be-valid' })).json()).toEqual({ error: 'invalid_grant', error_description: 'invalid code verifier' });
    const missing = codeFrom(await browser.authorize(oauth2().getAuthorizationUrl({ code_challenge: s256 } as never)));
    expect(await (await token({ code: missing })).json()).toEqual({ error: 'invalid_grant', error_description: 'invalid code verifier' });
    const plain = codeFrom(await browser.authorize(oauth2().getAuthorizationUrl({ code_challenge: verifier, code_challenge_method: 'plain' } as never)));
    expect((await token({ code: plain, code_verifier: verifier })).status).toBe(200);
  });
});

describe('authorization errors', () => {
  const authorize = (params: Record<string, string>) =>
    fetch(`${emulator.url}/services/oauth2/authorize?${new URLSearchParams({ response_type: 'code', client_id: CLIENT.clientId, redirect_uri: CALLBACK, state: 's1', ...params })}`, { redirect: 'manual' });
  const location = async (params: Record<string, string>) => new URL((await authorize(params)).headers.get('location')!, emulator.url);

  it('keeps client and callback errors on Salesforce\'s error page, never redirecting to an unregistered URL', async () => {
    const mismatch = await location({ redirect_uri: 'https://evil.example/steal' });
    expect(mismatch.pathname).toBe('/setup/secur/RemoteAccessErrorPage.apexp');
    expect(Object.fromEntries(mismatch.searchParams)).toEqual({ error: 'redirect_uri_mismatch', error_description: 'redirect_uri must match configuration' });
    const page = await fetch(mismatch);
    expect([page.status, (await page.text()).includes('redirect_uri_mismatch')]).toEqual([400, true]);
    const unknown = await location({ client_id: 'nobody' });
    expect(unknown.searchParams.get('error')).toBe('invalid_client_id');
  });

  it('redirects other errors to the callback with error, description and state', async () => {
    const type = await location({ response_type: 'token id_token' });
    expect(Object.fromEntries(type.searchParams)).toEqual({ error: 'unsupported_response_type', error_description: 'response type not supported', state: 's1' });
    expect((await location({ scope: 'api payroll' })).searchParams.get('error')).toBe('invalid_scope');
    expect((await location({ code_challenge: 'x', code_challenge_method: 'S512' })).searchParams.get('error')).toBe('invalid_request');
  });

  it('redirects a denial as access_denied', async () => {
    const callback = await oauthBrowser(emulator.url).authorize(oauth2().getAuthorizationUrl({ state: 'no-thanks' }), 'deny');
    expect(Object.fromEntries(callback.searchParams)).toEqual({ error: 'access_denied', error_description: 'end-user denied authorization', state: 'no-thanks' });
  });

  it('accepts the consent form only from the browser it was shown to', async () => {
    const html = await (await oauthBrowser(emulator.url).open(oauth2().getAuthorizationUrl({}))).text();
    expect(html).toContain('Log in');
    const victim = oauthBrowser(emulator.url);
    await victim.authorize(oauth2().getAuthorizationUrl({}));
    const consent = await (await victim.open(oauth2().getAuthorizationUrl({}))).text();
    const attacker = oauthBrowser(emulator.url, { username: AGENT.username, password: AGENT.password });
    const forged = await attacker.submit('/services/oauth2/authorize/decision', { pending: hidden(consent, 'pending')!, decision: 'allow' });
    expect(forged.status).toBe(400);
  });
});

describe('refresh and revoke', () => {
  it('refreshes through jsforce, and a revoked refresh token takes its access tokens with it', async () => {
    const client = oauth2();
    const conn = new jsforce.Connection({ oauth2: client, version: '62.0' });
    await conn.authorize(codeFrom(await oauthBrowser(emulator.url).authorize(client.getAuthorizationUrl({ scope: 'api refresh_token' }))));
    const refreshed = await client.refreshToken(conn.refreshToken!);
    expect(refreshed.refresh_token).toBeUndefined();
    const second = new jsforce.Connection({ instanceUrl: refreshed.instance_url, accessToken: refreshed.access_token, version: '62.0' });
    expect((await second.query('SELECT Id FROM Lead LIMIT 1')).records).toHaveLength(1);

    await client.revokeToken(conn.refreshToken!);
    for (const accessToken of [conn.accessToken!, refreshed.access_token]) {
      const res = await fetch(`${emulator.url}/services/data/v62.0/sobjects`, { headers: { authorization: `Bearer ${accessToken}` } });
      expect([res.status, await res.json()]).toEqual([401, [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]]);
    }
    const again = await rejection(client.refreshToken(conn.refreshToken!));
    expect([(again as { name?: string }).name, again.message]).toEqual(['invalid_grant', 'expired access/refresh token']);
    const unknown = await rejection(client.revokeToken('not-a-token'));
    expect([(unknown as { name?: string }).name, unknown.message]).toEqual(['unsupported_token_type', 'this token type is not supported']);
  });
});
