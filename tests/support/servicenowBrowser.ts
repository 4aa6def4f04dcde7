import type { Page } from 'playwright-core';

export { launchChromium } from './browser';

/** Signs in through the local `/login` form (prefilled with the demo agent) and lands on `path`. */
export async function signIn(page: Page, baseUrl: string, path: string): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.waitForURL(/\/login/);
  await Promise.all([page.waitForURL((url) => url.pathname === path), page.click('button[type=submit]')]);
}

/** JSON from the emulator with Basic auth (ServiceNow) or a bearer token (contact center). */
export async function callJson<T>(url: string, init: { method?: string; auth: string; body?: unknown }): Promise<T> {
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers: { Authorization: init.auth, Accept: 'application/json', 'Content-Type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url}: ${response.status} ${text}`);
  return JSON.parse(text) as T;
}

export const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

/**
 * Leaves the agent available once the page's softphone receives its events. The softphone learns of
 * an alerting call only through its event stream, so a call placed before the stream connected is
 * never shown; a state change the page reflects proves the stream is connected.
 */
export async function untilSoftphoneListens(page: Page, setState: (state: 'available' | 'unavailable') => Promise<unknown>): Promise<void> {
  const softphone = page.locator('#softphone');
  const shows = (state: 'available' | 'unavailable') =>
    softphone.getByRole('button', { name: state === 'available' ? 'Go unavailable' : 'Go available' }).waitFor({ timeout: 1000 }).then(() => true, () => false);
  for (let attempt = 0; attempt < 20; attempt++) {
    await setState('unavailable');
    const seen = await shows('unavailable');
    await setState('available');
    if (seen && (await shows('available'))) return;
  }
  throw new Error('The softphone never received its events.');
}
