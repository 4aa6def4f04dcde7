import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { createSession, SESSION_COOKIE } from '../../emulator/servicenow/auth';
import { q, tableApi } from '../servicenow/tableApi';
import { startMemoryEmulator } from '../support/emulator';

/**
 * Issue 23 §5: emulated ServiceNow sessions (the `glide_session_store` cookie of a browser
 * signed in to the instance) never ended. Now one left unused longer than the
 * `glide.ui.session_timeout` property (30 minutes by default) answers 401, as on an instance.
 */
let emulator: RunningEmulator;
const later = (ms: number) => vi.setSystemTime(Date.now() + ms);
const withSession = async (token: string) =>
  (await fetch(`${emulator.url}/api/now/table/sys_user?sysparm_limit=1&sysparm_fields=user_name`, { headers: { cookie: `${SESSION_COOKIE}=${token}`, accept: 'application/json' } })).status;

beforeAll(async () => {
  emulator = await startMemoryEmulator();
});
afterAll(() => emulator.close());
afterEach(() => {
  vi.useRealTimers();
});

describe('ServiceNow sessions end', () => {
  it('ends a session unused for longer than 30 minutes', async () => {
    const token = createSession(emulator.store, 'admin');
    vi.useFakeTimers({ toFake: ['Date'] });
    expect(await withSession(token)).toBe(200);
    later(31 * 60_000);
    expect(await withSession(token)).toBe(401);
    later(-31 * 60_000);
    expect(await withSession(token)).toBe(401);
  });

  it('keeps a session alive while it is used (the timeout counts from the last request)', async () => {
    const token = createSession(emulator.store, 'admin');
    vi.useFakeTimers({ toFake: ['Date'] });
    for (let i = 0; i < 3; i++) {
      later(20 * 60_000);
      expect(await withSession(token)).toBe(200);
    }
  });

  it('follows the glide.ui.session_timeout property', async () => {
    const api = tableApi(emulator.url);
    const [property] = (await api.get(`/api/now/table/sys_properties?sysparm_query=${q('name=glide.ui.session_timeout')}`)).body.result;
    expect(property.value).toBe('30');
    expect((await api.patch(`/api/now/table/sys_properties/${property.sys_id}`, { value: '5' })).status).toBe(200);
    const token = createSession(emulator.store, 'admin');
    vi.useFakeTimers({ toFake: ['Date'] });
    later(6 * 60_000);
    expect(await withSession(token)).toBe(401);
  });
});
