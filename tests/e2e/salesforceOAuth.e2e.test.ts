import { createServer, type Server } from 'node:http';
import jsforce, { type Connection, type OAuth2 } from 'jsforce';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { AGENT, CLIENT } from '../salesforce/connect';
import { launchChromium } from '../support/browser';
import { startMemoryEmulator } from '../support/emulator';

/**
 * Issue 20: an OAuth 2.0 web server login in Chromium ending in a jsforce connection. A small
 * web app (jsforce, PKCE) sends the browser to the emulated org, the user signs in and allows
 * access, and the app's callback turns the code into a connection it queries with.
 */
let emulator: RunningEmulator;
let browser: Browser;
let page: Page;
let app: Server;
let appUrl: string;
let connection: Connection | undefined;

/** The web app: `/login` starts the flow, `/oauth/callback` finishes it with jsforce. */
function startApp(): Promise<void> {
  let oauth2: OAuth2;
  let state = '';
  app = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', appUrl);
    if (url.pathname === '/login') {
      oauth2 = new jsforce.OAuth2({ loginUrl: emulator.url, ...CLIENT, redirectUri: `${appUrl}/oauth/callback`, useVerifier: true });
      state = `s-${Date.now()}`;
      res.writeHead(302, { location: oauth2.getAuthorizationUrl({ scope: 'api id refresh_token', state }) }).end();
      return;
    }
    if (url.pathname === '/oauth/callback' && url.searchParams.get('state') === state && url.searchParams.get('code')) {
      const conn = new jsforce.Connection({ oauth2, version: '62.0' });
      await conn.authorize(url.searchParams.get('code')!);
      const me = await conn.identity();
      connection = conn;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><title>Connected</title><h1>Connected as ${me.username}</h1>`);
      return;
    }
    res.writeHead(400, { 'content-type': 'text/plain' }).end(`unexpected ${url.pathname}${url.search}`);
  });
  return new Promise((resolve) => app.listen(0, '127.0.0.1', () => {
    const address = app.address();
    appUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    resolve();
  }));
}

beforeAll(async () => {
  emulator = await startMemoryEmulator();
  await startApp();
  browser = await launchChromium();
  page = await (await browser.newContext()).newPage();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => app?.close(resolve));
  await emulator?.close();
});

describe('Salesforce OAuth web server flow in Chromium', () => {
  it('signs in, allows access and ends in a jsforce connection', async () => {
    await page.goto(`${appUrl}/login`);
    await page.waitForURL(`${emulator.url}/services/oauth2/authorize?**`);
    await page.getByLabel('Username').fill(AGENT.username);
    await page.getByLabel('Password').fill(AGENT.password);
    await page.getByRole('button', { name: 'Log In' }).click();
    await page.getByRole('heading', { name: 'Allow Access?' }).waitFor();
    expect(await page.getByRole('listitem').allInnerTexts()).toEqual(expect.arrayContaining(['Manage user data via APIs (api)', 'Perform requests at any time (refresh_token, offline_access)']));
    await page.getByRole('button', { name: 'Allow' }).click();
    await page.waitForURL(`${appUrl}/oauth/callback?**`);
    expect(await page.getByRole('heading').innerText()).toBe(`Connected as ${AGENT.username}`);

    expect(connection?.instanceUrl).toBe(emulator.url);
    expect(connection?.refreshToken).toMatch(/^5Aep/);
    const contacts = await connection!.query<{ Name: string }>('SELECT Name FROM Contact ORDER BY LastName LIMIT 3');
    expect(contacts.records).toHaveLength(3);
  });
});
