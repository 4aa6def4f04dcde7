import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pageScripts from '../../emulator/build/pageScripts.build';
import type { RunningEmulator } from '../../emulator/server';
import { startMemoryEmulator } from '../support/emulator';
import { launchChromium } from '../support/servicenowBrowser';

let emulator: RunningEmulator;
let browser: Browser;

beforeAll(async () => {
  await pageScripts.run({ watch: false });
  emulator = await startMemoryEmulator();
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await emulator?.close();
});

async function signInAs(page: Page, username: string, path: string) {
  await page.goto(`${emulator.url}${path}`);
  await page.waitForURL(/\/login/);
  await page.fill('#username', username);
  await page.fill('#password', 'emulator');
  await Promise.all([page.waitForURL((url) => url.pathname === path), page.click('button[type=submit]')]);
}

describe('ticket pages in Chromium', () => {
  it('an admin starts an import and reads its report', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'admin@customercard.example', '/tickets/import');
    await page.selectOption('#source', 'zendesk');
    await page.click('button:has-text("Start import")');
    await page.waitForURL(/\/tickets\/import\?run=/);
    await expect.poll(async () => page.locator('#import-status').textContent(), { timeout: 20_000 }).toMatch(/^done/);
    expect(await page.locator('#import-progress').getAttribute('value')).toBe('100');
    const reasons = await page.locator('table tbody tr td:nth-child(3)').allTextContents();
    expect(reasons).toContain('not-solved');
    await page.close();
  }, 60_000);

  it('an agent searches with the keyboard, opens a voice ticket, sees the transcript and the player, and the link back', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await signInAs(page, 'agent@customercard.example', '/tickets');
    expect(await page.locator('h1').textContent()).toBe('Ticket search');
    await page.getByLabel('Channel').fill('voice');
    await page.getByLabel('Channel').press('Enter');
    await page.waitForURL(/channel=voice/);
    const channels = await page.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(channels.length).toBeGreaterThan(0);
    expect(channels.every((c) => c.startsWith('voice'))).toBe(true);
    const recorded = page.locator('tbody tr', { hasText: '(recorded)' }).first();
    await recorded.locator('th a').focus();
    await Promise.all([page.waitForURL(/\/tickets\/zendesk/), page.keyboard.press('Enter')]);
    expect(await page.locator('#transcript-heading').textContent()).toBe('Transcript');
    expect(await page.locator('section[aria-labelledby="transcript-heading"] li').count()).toBeGreaterThan(0);
    const audio = page.locator('audio[controls]').first();
    const src = await audio.getAttribute('src');
    const duration = await audio.evaluate(async (el: HTMLAudioElement) => {
      el.preload = 'auto';
      el.load();
      await new Promise((resolve) => el.addEventListener('loadedmetadata', resolve, { once: true }));
      return el.duration;
    });
    expect(src).toContain('/recording');
    expect(duration).toBeGreaterThan(0);
    const back = page.getByRole('link', { name: 'Open in Zendesk' });
    expect(await back.getAttribute('href')).toMatch(new RegExp(`^${emulator.url}/agent/tickets/\\d+$`));
    await page.getByRole('link', { name: 'Back to ticket search' }).click();
    await page.waitForURL((url) => url.pathname === '/tickets');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('sends a visitor without a session to the login page', async () => {
    const page = await browser.newPage();
    await page.goto(`${emulator.url}/tickets?q=router`);
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(new URL(page.url()).searchParams.get('startURL')).toBe('/tickets?q=router');
    await page.close();
  });
});
