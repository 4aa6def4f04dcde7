import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { startMemoryEmulator } from '../support/emulator';
import { csrfOf } from '../support/cc';

/** The ticket pages render on the server as clients of `/cc/v1`, with the visitor's own session. */
let emulator: RunningEmulator;
const cookies: Record<string, string> = {};

async function signIn(username: string): Promise<string> {
  const res = await fetch(`${emulator.url}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username, password: 'emulator', startURL: '/tickets' }).toString(),
  });
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

beforeAll(async () => {
  emulator = await startMemoryEmulator();
  cookies.agent = await signIn('agent@customercard.example');
  cookies.admin = await signIn('admin@customercard.example');
});
afterAll(() => emulator?.close());

const page = (path: string, as: 'agent' | 'admin', init: RequestInit = {}) =>
  fetch(`${emulator.url}${path}`, { redirect: 'manual', ...init, headers: { cookie: cookies[as], ...init.headers } });

describe('the ticket pages', () => {
  it('name each filter the service refused, with what is wrong with it', async () => {
    const res = await page('/tickets?from=yesterday&page=0', 'agent');
    expect(res.status).toBe(200);
    const alert = /<div[^>]*role="alert"[^>]*>(.*?)<\/div>/s.exec(await res.text())?.[1] ?? '';
    const problems = [...alert.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^from: \S/);
    expect(problems[1]).toMatch(/^page: \S/);
  });

  it('list what the search finds for the agent', async () => {
    const html = await (await page('/tickets', 'agent')).text();
    expect(html).toMatch(/<h2[^>]*id="results-heading"[^>]*>\d+ tickets? found<\/h2>/);
  });

  it('answer 404 for a ticket that was never imported', async () => {
    const res = await page('/tickets/zendesk:999999', 'agent');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('No imported ticket has this id.');
  });

  it('send an import the service refuses back to the form with its reason', async () => {
    const res = await page('/tickets/import', 'admin', {
      method: 'POST',
      // As the page's own form sends it: from this origin, with the session's CSRF token.
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: emulator.url },
      body: new URLSearchParams({ source: 'freshdesk', _csrf: csrfOf(cookies.admin) }).toString(),
    });
    expect(res.status).toBe(303);
    const location = new URL(res.headers.get('location')!, emulator.url);
    expect(location.pathname).toBe('/tickets/import');
    expect(location.searchParams.get('error')).toMatch(/\S/);
    const form = await (await page(`${location.pathname}${location.search}`, 'admin')).text();
    expect(form).toContain('<button class="slds-button slds-button_brand" type="submit">Start import</button>');
  });
});
