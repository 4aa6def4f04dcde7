import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { signInCc, type SignedInClient, CC_ADMIN } from '../support/cc';
import { startMemoryEmulator } from '../support/emulator';
import { pageSignIn } from './ccSupport';

const EVIL = 'http://127.0.0.1:1';

/** Issue 23, finding 3: a page on another origin cannot act with the agent's cookies. */
describe('cross-site requests with the page session (finding 3)', () => {
  let emulator: RunningEmulator;
  let admin: SignedInClient;
  let agentPage: { cookie: string; csrf: string };
  let adminPage: { cookie: string; csrf: string };
  const interactionCount = async () => (await admin.call('listInteractions')).interactions.length;
  const importRuns = async () => (await fetch(`${emulator.url}/tickets/import`, { headers: { cookie: adminPage.cookie } })).text();

  beforeAll(async () => {
    emulator = await startMemoryEmulator();
    admin = await signInCc(emulator.url, CC_ADMIN.username, CC_ADMIN.password);
    agentPage = await pageSignIn(emulator.url);
    adminPage = await pageSignIn(emulator.url, CC_ADMIN.username);
  });
  afterAll(() => emulator.close());

  const post = (path: string, headers: Record<string, string>, body: string) => fetch(`${emulator.url}${path}`, { method: 'POST', redirect: 'manual', headers, body });

  it('marks the session cookies SameSite=Strict and HttpOnly, the CSRF cookie readable', async () => {
    const res = await fetch(`${emulator.url}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'username=agent%40customercard.example&password=emulator&startURL=%2Fsimulator',
    });
    const cookies = res.headers.getSetCookie();
    expect(cookies.find((c) => c.startsWith('cc_session='))).toMatch(/HttpOnly/i);
    expect(cookies.find((c) => c.startsWith('cc_csrf='))).not.toMatch(/HttpOnly/i);
    for (const c of cookies) expect(c).toMatch(/SameSite=Strict/i);
  });

  it('refuses a cross-origin text/plain call with the cookies, and nothing is created', async () => {
    const before = await interactionCount();
    const res = await post('/cc/v1/calls', { cookie: agentPage.cookie, origin: EVIL, 'content-type': 'text/plain' }, JSON.stringify({ ani: '+14155551000' }));
    expect(res.status).toBe(403);
    const noOrigin = await post('/cc/v1/calls', { cookie: agentPage.cookie, 'content-type': 'text/plain' }, JSON.stringify({ ani: '+14155551000' }));
    expect(noOrigin.status).toBe(403);
    expect(await interactionCount()).toBe(before);
  });

  it("refuses a cross-origin form post that would start the admin's ticket import", async () => {
    const before = await importRuns();
    const res = await post('/tickets/import', { cookie: adminPage.cookie, origin: EVIL, 'content-type': 'application/x-www-form-urlencoded' }, 'source=zendesk');
    expect(res.status).toBe(403);
    const forged = await post('/tickets/import', { cookie: adminPage.cookie, origin: emulator.url, 'content-type': 'application/x-www-form-urlencoded' }, 'source=zendesk&_csrf=guess');
    expect(forged.status).toBe(403);
    expect(await importRuns()).toBe(before);
  });

  it('accepts the same origin with the token: header for the API, form field on the pages', async () => {
    const before = await interactionCount();
    const missing = await post('/cc/v1/calls', { cookie: agentPage.cookie, origin: emulator.url, 'content-type': 'application/json' }, JSON.stringify({ ani: '+14155551000' }));
    expect(missing.status).toBe(403);
    const ok = await post('/cc/v1/calls', { cookie: agentPage.cookie, origin: emulator.url, 'content-type': 'application/json', 'x-csrf-token': agentPage.csrf }, JSON.stringify({ ani: '+14155551000' }));
    expect(ok.status).toBe(201);
    expect(await interactionCount()).toBe(before + 1);
    const page = await fetch(`${emulator.url}/tickets/import`, { headers: { cookie: adminPage.cookie } });
    expect(await page.text()).toContain(`name="_csrf" value="${adminPage.csrf}"`);
  });

  it('exempts bearer-token calls, which a browser never sends on its own', async () => {
    const res = await fetch(`${emulator.url}/cc/v1/calls`, { method: 'POST', headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json', origin: EVIL }, body: JSON.stringify({ ani: '+14155551000' }) });
    expect(res.status).toBe(201);
  });

  it('refuses a login form posted from another origin', async () => {
    const res = await post('/login', { origin: EVIL, 'content-type': 'application/x-www-form-urlencoded' }, 'username=agent%40customercard.example&password=emulator');
    expect(res.status).toBe(403);
  });
});
