import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from 'jsforce';
import { createSession } from '../../emulator/salesforce/auth/sessions';
import type { RunningEmulator } from '../../emulator/server';
import { AGENT, login } from '../salesforce/connect';
import { startMemoryEmulator } from '../support/emulator';

/**
 * Issue 23 §3: from a page on another port of 127.0.0.1, a `text/plain` fetch carrying the
 * victim's `sid` cookie created a Contact. The REST API reads JSON only: a body a page can
 * send cross-origin without a preflight (text/plain, a form, no type at all) gets 415.
 */
let emulator: RunningEmulator;
let conn: Connection;
let cookie: string;
const ATTACKER = 'http://127.0.0.1:9';
const unsupported = (type: string) => [{ message: `MediaType of '${type}' is not supported by this resource`, errorCode: 'UNSUPPORTED_MEDIA_TYPE', fields: [] }];
const crossSite = (path: string, body: BodyInit, type?: string) =>
  fetch(`${emulator.url}/services/data/v62.0${path}`, { method: 'POST', body, headers: { cookie, origin: ATTACKER, ...(type ? { 'content-type': type } : {}) } });
const mallories = async () => (await conn.query("SELECT Id FROM Contact WHERE LastName = 'Mallory'")).totalSize;

beforeAll(async () => {
  emulator = await startMemoryEmulator();
  conn = await login(emulator);
  cookie = `sid=${(await createSession(emulator.store, AGENT.username))!.sessionId}`;
});
afterAll(() => emulator.close());

describe('cross-origin writes with the session cookie (issue 23 §3)', () => {
  it('refuses text/plain, form and untyped bodies with 415 and creates nothing', async () => {
    const json = JSON.stringify({ LastName: 'Mallory' });
    for (const [type, body] of [['text/plain;charset=UTF-8', json], ['application/x-www-form-urlencoded', 'LastName=Mallory'], ['multipart/form-data; boundary=x', `--x\r\nContent-Disposition: form-data; name="LastName"\r\n\r\nMallory\r\n--x--`]] as const) {
      const res = await crossSite('/sobjects/Contact', body, type);
      expect([res.status, await res.json()], type).toEqual([415, unsupported(type.split(';')[0])]);
    }
    const untyped = await crossSite('/sobjects/Contact', new Blob([json]));
    expect([untyped.status, await untyped.json()]).toEqual([415, unsupported('application/octet-stream')]);
    for (const path of ['/ui-api/records', '/composite/sobjects', '/composite']) {
      expect((await crossSite(path, JSON.stringify({ apiName: 'Contact', fields: { LastName: 'Mallory' } }), 'text/plain')).status, path).toBe(415);
    }
    expect(await mallories()).toBe(0);
  });

  it('still takes JSON, and the token endpoint still takes its form', async () => {
    const res = await fetch(`${emulator.url}/services/data/v62.0/sobjects/Contact`, { method: 'POST', body: JSON.stringify({ LastName: 'Legit' }), headers: { cookie, 'content-type': 'application/json; charset=UTF-8' } });
    expect(res.status).toBe(201);
    const token = await fetch(`${emulator.url}/services/oauth2/token`, { method: 'POST', body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'customer-card-local', client_secret: 'emulator-secret' }) });
    expect(token.status).toBe(200);
  });
});
