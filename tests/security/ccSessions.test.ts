import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { createCcClient } from '../../shared/contract';
import { signInCc } from '../support/cc';
import { startMemoryEmulator } from '../support/emulator';
import { pageSignIn } from './ccSupport';

/** Issue 23, finding 5: sessions end, and the store keeps no usable token. */
describe('contact-center sessions (finding 5)', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startMemoryEmulator();
  });
  afterAll(() => emulator.close());
  afterEach(() => {
    delete process.env.CC_SESSION_IDLE_MINUTES;
    delete process.env.CC_SESSION_MAX_HOURS;
  });
  const tokensInStore = () => Object.keys(emulator.store.namespace<{ tokens: Record<string, unknown> }>('contactCenter', () => ({ tokens: {} })).data.tokens);

  it('signs out: the token then gets 401', async () => {
    const agent = await signInCc(emulator.url);
    expect((await agent.send('getMe')).status).toBe(200);
    expect((await agent.send('signOut')).status).toBe(200);
    const after = await agent.send('getMe');
    expect(after.status).toBe(401);
  });

  it('keeps only the sha256 of each token in the data file', async () => {
    const agent = await signInCc(emulator.url);
    const stored = tokensInStore();
    expect(stored).not.toContain(agent.token);
    expect(stored.every((key) => /^[0-9a-f]{64}$/.test(key))).toBe(true);
  });

  it('ends a session left idle longer than configured', async () => {
    const agent = await signInCc(emulator.url);
    process.env.CC_SESSION_IDLE_MINUTES = String(1000 / 60_000);
    expect((await agent.send('getMe')).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1500));
    expect((await agent.send('getMe')).status).toBe(401);
  });

  it('ends a session at its maximum age even while in use', async () => {
    const agent = await signInCc(emulator.url);
    process.env.CC_SESSION_MAX_HOURS = String(1500 / 3_600_000);
    for (let i = 0; i < 3; i += 1) {
      expect((await agent.send('getMe')).status).toBe(200);
      await new Promise((r) => setTimeout(r, 200));
    }
    await new Promise((r) => setTimeout(r, 1200));
    expect((await agent.send('getMe')).status).toBe(401);
  });

  it('gives a new session on every page sign-in and ends the one the browser had', async () => {
    const first = await pageSignIn(emulator.url);
    const res = await fetch(`${emulator.url}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: emulator.url, cookie: first.cookie },
      body: 'username=agent%40customercard.example&password=emulator',
    });
    expect(res.status).toBe(303);
    const second = res.headers.getSetCookie().find((c) => c.startsWith('cc_session='))!.split(';')[0];
    expect(first.cookie).not.toContain(second);
    expect((await fetch(`${emulator.url}/cc/v1/agents/me`, { headers: { cookie: first.cookie } })).status).toBe(401);
    expect((await fetch(`${emulator.url}/cc/v1/agents/me`, { headers: { cookie: second } })).status).toBe(200);
  });

  it('signs out of the pages with the Sign out button', async () => {
    const page = await pageSignIn(emulator.url);
    const html = await (await fetch(`${emulator.url}/simulator`, { headers: { cookie: page.cookie } })).text();
    expect(html).toMatch(/<form method="post" action="\/logout"[^>]*><input type="hidden" name="_csrf"/);
    const out = await fetch(`${emulator.url}/logout`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: emulator.url, cookie: page.cookie },
      body: new URLSearchParams({ _csrf: page.csrf }).toString(),
    });
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/login');
    const client = createCcClient({ baseUrl: emulator.url, headers: { cookie: page.cookie } });
    expect((await client.send('getMe')).status).toBe(401);
  });
});
