import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pageScripts from '../../emulator/build/pageScripts.build';
import type { RunningEmulator } from '../../emulator/server';
import { startMemoryEmulator } from '../support/emulator';

let emulator: RunningEmulator;

beforeAll(async () => {
  await pageScripts.run({ watch: false });
  emulator = await startMemoryEmulator();
});
afterAll(() => emulator?.close());

const form = (fields: Record<string, string>) => ({
  method: 'POST',
  redirect: 'manual' as const,
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

const cookiesOf = (res: Response) => res.headers.getSetCookie().map((c) => c.split(';')[0]);

describe('sign-in of the local pages', () => {
  it('redirects an unauthenticated visit to the login form with the page to return to', async () => {
    const res = await fetch(`${emulator.url}/simulator`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/login?startURL=%2Fsimulator');
  });

  it('shows a form with labelled fields pre-filled with the demo agent', async () => {
    const html = await (await fetch(`${emulator.url}/login?startURL=%2Fsimulator`)).text();
    expect(html).toMatch(/<label[^>]*for="username"[^>]*>Username<\/label>/);
    expect(html).toMatch(/<label[^>]*for="password"[^>]*>Password<\/label>/);
    expect(html).toContain('value="agent@customercard.example"');
    expect(html).toContain('name="startURL" value="/simulator"');
  });

  it('keeps the typed username and explains a wrong password', async () => {
    const res = await fetch(`${emulator.url}/login`, form({ username: 'agent@customercard.example', password: 'nope', startURL: '/simulator' }));
    expect(res.status).toBe(401);
    const html = await res.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain('value="agent@customercard.example"');
    expect(cookiesOf(res)).toEqual([]);
  });

  it('signs in to the contact center and the CRMs, then returns to the page', async () => {
    const res = await fetch(`${emulator.url}/login`, form({ username: 'agent@customercard.example', password: 'emulator', startURL: '/simulator' }));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/simulator');
    const cookies = cookiesOf(res);
    expect(cookies.map((c) => c.split('=')[0]).sort()).toEqual(['cc_csrf', 'cc_session', 'glide_session_store', 'sid']);
    const page = await fetch(`${emulator.url}/simulator`, { headers: { cookie: cookies.join('; ') } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Customer simulator');
    const me = await fetch(`${emulator.url}/cc/v1/agents/me`, { headers: { cookie: cookies.join('; ') } });
    expect(me.status).toBe(200);
  });

  it('never returns to another site', async () => {
    const res = await fetch(`${emulator.url}/login`, form({ username: 'agent@customercard.example', password: 'emulator', startURL: '//evil.example/' }));
    expect(res.headers.get('location')).toBe('/lightning/page/home');
  });

  it('serves the bundled softphone module, its stylesheet and SLDS, never the unbundled scripts', async () => {
    const js = await fetch(`${emulator.url}/assets/build/scripts/softphone.js`);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(await js.text()).toMatch(/export\s*\{[^}]*\bas mountSoftphone\b/);
    expect((await fetch(`${emulator.url}/assets/softphone.css`)).headers.get('content-type')).toMatch(/css/);
    expect((await fetch(`${emulator.url}/assets/softphone.js`)).status).toBe(404);
    const css = await fetch(`${emulator.url}/assets/slds/styles/salesforce-lightning-design-system.min.css`);
    expect(css.status).toBe(200);
  });

  it('serves each SLDS icon as a file of its own, for <use href="…#name">', async () => {
    const icon = await fetch(`${emulator.url}/assets/icons/utility/search.svg`);
    expect(icon.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(icon.headers.get('cache-control')).toMatch(/max-age=\d+/);
    expect(await icon.text()).toMatch(/<symbol [^>]*id="search"/);
    expect((await fetch(`${emulator.url}/assets/icons/utility/no-such-icon.svg`)).status).toBe(404);
    expect((await fetch(`${emulator.url}/assets/icons/utility/search.png`)).status).toBe(404);
  });
});
