import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../emulator/servicenow/auth';
import type { RunningEmulator } from '../../emulator/server';
import { startMemoryEmulator } from '../support/emulator';
import { basicAuth } from './tableApi';

let emulator: RunningEmulator;
const NOT_AUTHENTICATED = { error: { message: 'User Not Authenticated', detail: 'Required to provide Auth information' }, status: 'failure' };

beforeAll(async () => {
  emulator = await startMemoryEmulator();
});
afterAll(() => emulator.close());

const get = (headers: Record<string, string>) => fetch(`${emulator.url}/api/now/table/sys_user?sysparm_fields=user_name`, { headers });

describe('Table API authentication', () => {
  it('accepts the seeded users with Basic auth', async () => {
    for (const user of ['admin', 'agent']) expect((await get({ Authorization: basicAuth(user) })).status).toBe(200);
  });

  it.each([
    ['no credentials', {}],
    ['a wrong password', { Authorization: basicAuth('admin', 'nope') }],
    ['an unknown user', { Authorization: basicAuth('mallory', 'emulator') }],
    ['a malformed header', { Authorization: 'Basic !!!' }],
    ['an unknown session', { Cookie: 'glide_session_store=deadbeef' }],
  ])('answers 401 for %s', async (_what, headers) => {
    const res = await get(headers as Record<string, string>);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual(NOT_AUTHENTICATED);
  });

  it('accepts a local-page session cookie and writes as that user', async () => {
    const token = createSession(emulator.store, 'agent');
    const res = await fetch(`${emulator.url}/api/now/table/sn_customerservice_case`, {
      method: 'POST',
      headers: { Cookie: `other=1; glide_session_store=${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ short_description: 'From the page' }),
    });
    expect(res.status).toBe(201);
    expect((await res.json()).result.sys_created_by).toBe('agent');
  });

  it('refuses a session for a user that does not exist', () => {
    expect(() => createSession(emulator.store, 'mallory')).toThrow();
  });
});
