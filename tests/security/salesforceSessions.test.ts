import jsforce from 'jsforce';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { AGENT, CLIENT, login, rejection } from '../salesforce/connect';
import { startMemoryEmulator } from '../support/emulator';

/**
 * Issue 23 §5: emulated Salesforce sessions never expired. Now a revoked or logged-out token,
 * and one unused for longer than the session timeout (2 hours, Salesforce's default), answer
 * 401 INVALID_SESSION_ID on REST, the INVALID_SESSION_ID fault on SOAP.
 */
let emulator: RunningEmulator;
const INVALID = [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }];
const rest = async (token: string) => {
  const res = await fetch(`${emulator.url}/services/data/v62.0/query?q=SELECT+Id+FROM+Contact+LIMIT+1`, { headers: { authorization: `Bearer ${token}` } });
  return [res.status, res.status === 200 ? 'ok' : await res.json()];
};
const oauthLogin = async () => {
  const conn = new jsforce.Connection({ oauth2: new jsforce.OAuth2({ loginUrl: emulator.url, ...CLIENT }), version: '62.0' });
  await conn.login(AGENT.username, AGENT.password);
  return conn;
};
const later = (ms: number) => vi.setSystemTime(Date.now() + ms);

beforeAll(async () => {
  emulator = await startMemoryEmulator();
});
afterAll(() => emulator.close());
afterEach(() => {
  vi.useRealTimers();
});

describe('Salesforce sessions end (issue 23 §5)', () => {
  it('refuses a revoked access token and a logged-out session', async () => {
    const conn = await oauthLogin();
    expect(await rest(conn.accessToken!)).toEqual([200, 'ok']);
    await conn.oauth2.revokeToken(conn.accessToken!);
    expect(await rest(conn.accessToken!)).toEqual([401, INVALID]);

    const soap = await login(emulator);
    const token = soap.accessToken!;
    await soap.logout();
    expect(await rest(token)).toEqual([401, INVALID]);
  });

  it('expires a session unused for more than two hours, on REST, SOAP and the identity URL', async () => {
    const conn = await oauthLogin();
    const idUrl = conn.userInfo!.url;
    vi.useFakeTimers({ toFake: ['Date'] });
    later(2 * 60 * 60_000 + 60_000);
    expect(await rest(conn.accessToken!)).toEqual([401, INVALID]);
    // A bare connection: jsforce would log in again with the password on this fault.
    const bare = new jsforce.Connection({ instanceUrl: emulator.url, accessToken: conn.accessToken!, version: '62.0' });
    expect((await rejection(bare.soap.describeTabs())).errorCode).toBe('sf:INVALID_SESSION_ID');
    const identity = await fetch(`${idUrl}?oauth_token=${encodeURIComponent(conn.accessToken!)}`);
    expect(identity.status).toBe(403);
  });

  it('keeps a session alive while it is used (the timeout counts from the last call)', async () => {
    const conn = await oauthLogin();
    vi.useFakeTimers({ toFake: ['Date'] });
    later(90 * 60_000);
    expect(await rest(conn.accessToken!)).toEqual([200, 'ok']);
    later(90 * 60_000);
    expect(await rest(conn.accessToken!)).toEqual([200, 'ok']);
    later(121 * 60_000);
    expect(await rest(conn.accessToken!)).toEqual([401, INVALID]);
  });
});
