import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { startMemoryEmulator } from '../support/emulator';

let emulator: RunningEmulator;
let cookie: string;

beforeAll(async () => {
  emulator = await startMemoryEmulator();
  const res = await fetch(`${emulator.url}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username: 'agent@customercard.example', password: 'emulator', startURL: '/lightning/page/home' }).toString(),
  });
  cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
});
afterAll(() => emulator?.close());

const page = (path: string, withSession = true) => fetch(`${emulator.url}${path}`, { redirect: 'manual', headers: withSession ? { cookie } : {} });
const pageConfig = (html: string) => JSON.parse(/<script type="application\/json" id="page-config">(.*?)<\/script>/s.exec(html)?.[1] ?? 'null');

describe('the local Lightning pages', () => {
  it("open the console from the emulator's own address, through sign-in without a session", async () => {
    const root = await page('/');
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/lightning/page/home');
    const home = await page('/lightning/page/home', false);
    expect(home.headers.get('location')).toBe(`/login?startURL=${encodeURIComponent('/lightning/page/home')}`);
  });

  it('send an unauthenticated visit to the login form and back', async () => {
    const res = await page('/lightning/r/Contact/003Dn0000000001IAA/view?c__interactionId=int-000001', false);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(`/login?startURL=${encodeURIComponent('/lightning/r/Contact/003Dn0000000001IAA/view?c__interactionId=int-000001')}`);
  });

  it('render a record page frame for the components: record, agent and the bundle', async () => {
    const res = await page('/lightning/r/Contact/003Dn0000000001IAA/view');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(pageConfig(html)).toMatchObject({ objectApiName: 'Contact', recordId: '003Dn0000000001IAA', ccBaseUrl: '' });
    expect(pageConfig(html).agentId).toEqual(expect.any(String));
    // The entry holds the first frame until it has run: that frame has the card mounted (issue 16).
    expect(html).toContain('<script type="module" blocking="render" src="/assets/build/lightning/record.js"></script>');
    expect(html).toContain('id="customer-card"');
    expect(html).toMatch(/<footer class="slds-utility-bar_container[^"]*" aria-label="Utility bar">/);
  });

  it('render the console home with the card and the softphone', async () => {
    const html = await (await page('/lightning/page/home')).text();
    expect(pageConfig(html)).not.toHaveProperty('recordId');
    expect(html).toContain('id="softphone"');
  });

  it('render list views and search results with the console header and their own bundles', async () => {
    const list = await (await page('/lightning/o/Contact/list?filterName=AllContacts')).text();
    expect(pageConfig(list)).toMatchObject({ page: 'list', objectApiName: 'Contact', filterName: 'AllContacts' });
    expect(list).toContain('src="/assets/build/lightning/list.js"');
    expect(list).toMatch(/<li class="slds-context-bar__item slds-is-active"><a href="\/lightning\/o\/Contact\/list"[^>]*aria-current="page"/);
    const results = await (await page('/lightning/search?q=%3Cb%3EMaria')).text();
    expect(pageConfig(results)).toMatchObject({ page: 'search', term: '<b>Maria' });
    expect(results).not.toContain('<b>Maria');
    expect(results).toContain('role="search"');
    const home = await page('/lightning/o/Contact/home');
    expect(home.headers.get('location')).toBe('/lightning/o/Contact/list');
  });

  it('answer 404 for what is not a record id', async () => {
    expect((await page('/lightning/r/Contact/not-an-id/view')).status).toBe(404);
    expect((await page('/lightning/r/Contact%3Cscript%3E/003Dn0000000001IAA/view')).status).toBe(404);
  });
});
