import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../emulator/servicenow/auth';
import type { RunningEmulator } from '../../emulator/server';
import { startMemoryEmulator } from '../support/emulator';
import { basicAuth, q, tableApi } from '../servicenow/tableApi';

/**
 * Issue 23, finding 3 for ServiceNow: the REST APIs read JSON bodies only ("415 Unsupported
 * media type: the endpoint does not support the format of the request body", KB1479016),
 * so a cross-site `text/plain` fetch or HTML form post riding on the session cookie
 * writes nothing.
 * https://www.servicenow.com/docs/r/api-reference/rest-api-explorer/c_RESTAPI.html
 */
let emulator: RunningEmulator;
let api: ReturnType<typeof tableApi>;
let cookie: string;
const CASES = '/api/now/table/sn_customerservice_case';
const body = JSON.stringify({ short_description: 'Planted by another site' });

beforeAll(async () => {
  emulator = await startMemoryEmulator();
  api = tableApi(emulator.url);
  cookie = `glide_session_store=${createSession(emulator.store, 'agent')}`;
});
afterAll(() => emulator.close());

const planted = async () => (await api.get(`${CASES}?sysparm_query=${q('short_description=Planted by another site')}`)).body.result.length;
const post = (path: string, contentType: string | undefined, payload: string, auth: Record<string, string> = { Cookie: cookie }) =>
  // A string body would make fetch send text/plain; bytes go without a Content-Type.
  fetch(`${emulator.url}${path}`, { method: 'POST', headers: { ...auth, ...(contentType ? { 'Content-Type': contentType } : {}) }, body: contentType ? payload : Buffer.from(payload) });

describe('write endpoints and content types', () => {
  it.each([
    ['text/plain (a no-preflight cross-site fetch)', 'text/plain;charset=UTF-8'],
    ['an HTML form post', 'application/x-www-form-urlencoded'],
    ['a multipart form post', 'multipart/form-data; boundary=x'],
    ['XML, which this emulation does not speak', 'application/xml'],
  ])('refuses %s with 415 in ServiceNow’s shape and writes nothing', async (_what, type) => {
    const res = await post(CASES, type, body);
    expect(res.status).toBe(415);
    const answer = await res.json();
    expect(answer).toMatchObject({ error: { message: 'Unsupported Media Type' }, status: 'failure' });
    expect(await planted()).toBe(0);
  });

  it('refuses them on PATCH, the Import Set API and the Batch API too', async () => {
    const [kase] = (await api.get(`${CASES}?sysparm_limit=1`)).body.result;
    const patch = await fetch(`${emulator.url}${CASES}/${kase.sys_id}`, { method: 'PATCH', headers: { Cookie: cookie, 'Content-Type': 'text/plain' }, body: '{"state":"7"}' });
    expect(patch.status).toBe(415);
    expect((await api.get(`${CASES}/${kase.sys_id}`)).body.result.state).toBe(kase.state);
    const admin = { Authorization: basicAuth() };
    expect((await post('/api/now/import/u_consumer_import', 'text/plain', '{"u_email":"x@y.example"}', admin)).status).toBe(415);
    expect((await post('/api/now/v1/batch', 'application/x-www-form-urlencoded', 'rest_requests=1', admin)).status).toBe(415);
  });

  it('accepts application/json with a charset, a +json type, and a body with no Content-Type (the default)', async () => {
    const basic = { Authorization: basicAuth() };
    for (const type of ['application/json; charset=utf-8', 'application/vnd.example+json', undefined]) {
      const res = await post(CASES, type, JSON.stringify({ short_description: `Typed ${type}` }), basic);
      expect(res.status, String(type)).toBe(201);
    }
  });

  it('accepts any file type on POST /attachment/file, as documented', async () => {
    const [kase] = (await api.get(`${CASES}?sysparm_limit=1`)).body.result;
    const res = await post(`/api/now/attachment/file?table_name=sn_customerservice_case&table_sys_id=${kase.sys_id}&file_name=note.txt`, 'text/plain', 'plain text', { Authorization: basicAuth() });
    expect(res.status).toBe(201);
  });
});
