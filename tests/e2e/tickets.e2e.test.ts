import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pageScripts from '../../emulator/build/pageScripts.build';
import type { RunningEmulator } from '../../emulator/server';
import { seriousAxeViolations, sidewaysScroll } from '../support/axeCheck';
import { startMemoryEmulator } from '../support/emulator';
import { screenshot } from '../support/screenshot';
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
    const reasons = await page.locator('table tbody tr td:nth-child(4)').allTextContents();
    expect(reasons).toContain('not-solved');
    await page.selectOption('#report-reason', 'user-without-email');
    await Promise.all([page.waitForURL(/reason=user-without-email/), page.click('button:has-text("Filter")')]);
    const filtered = await page.locator('table tbody tr td:nth-child(4)').allTextContents();
    expect(new Set(filtered)).toEqual(new Set(['user-without-email']));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a:has-text("Download CSV")')]);
    const rows = parse(readFileSync((await download.path())!, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(filtered.length);
    expect(rows.find((r) => r.id === 'zendesk:31' && r.kind === 'ticket')).toMatchObject({ outcome: 'skipped', reason: 'user-without-email' });
    await screenshot(page, 'tickets-import-report');
    await page.close();
  }, 60_000);

  it('an admin schedules imports (a refused interval keeps what was typed) and adds a push source whose key shows once', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'admin@customercard.example', '/tickets/import');
    const field = page.getByLabel(/^Zendesk: minutes between runs/);
    await field.fill('every hour');
    await page.locator('form[action="/tickets/import/schedules/zendesk"] button').click();
    await expect.poll(() => page.locator('#every-zendesk-error').textContent()).toContain('whole minutes');
    expect(await field.inputValue()).toBe('every hour');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await field.fill('60');
    await Promise.all([page.waitForURL((url) => url.pathname === '/tickets/import' && url.search === ''), page.locator('form[action="/tickets/import/schedules/zendesk"] button').click()]);
    expect(await page.getByLabel(/^Zendesk: minutes between runs/).inputValue()).toBe('60');
    await page.getByLabel('New source name').fill('freshdesk');
    await page.click('button:has-text("Add source")');
    const key = await page.locator('#new-api-key').textContent();
    expect(key).toMatch(/^cck_/);
    await page.goto(`${emulator.url}/tickets/import`);
    expect(await page.content()).not.toContain(key!);
    expect(await page.locator('section[aria-labelledby="push-heading"] tbody').textContent()).toContain('push-freshdesk');
    await screenshot(page, 'tickets-import-schedules', { fullPage: true });
    await page.close();
  }, 60_000);

  it('an agent finds Maria’s tickets by part of her name, with suggestions, and narrows by a channel with its count', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'agent@customercard.example', '/tickets');
    await page.getByLabel('Contact (name or email)', { exact: true }).pressSequentially('mari');
    await expect.poll(() => page.locator('#f-contact-suggestions option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value)), { timeout: 5000 }).toContain('Maria García');
    await Promise.all([page.waitForURL(/contact=mari/), page.getByLabel('Contact (name or email)', { exact: true }).press('Enter')]);
    const contacts = await page.locator('tbody tr td:nth-child(4)').allTextContents();
    expect(contacts.length).toBeGreaterThan(0);
    expect(new Set(contacts)).toEqual(new Set(['Maria García']));
    const options = await page.locator('#f-channel option').allTextContents();
    const counted = options.filter((o) => /\((\d+)\)$/.test(o) && !o.endsWith('(0)'));
    expect(counted.length).toBeGreaterThan(0);
    const total = counted.reduce((sum, o) => sum + Number(/\((\d+)\)$/.exec(o)![1]), 0);
    expect(await page.locator('#results-heading').textContent()).toBe(`${total} ticket${total === 1 ? '' : 's'} found`);
    await screenshot(page, 'tickets-search-facets');
    await page.close();
  }, 60_000);

  it('an agent searches with the keyboard, opens a voice ticket, sees the transcript and the player, and the link back', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await signInAs(page, 'agent@customercard.example', '/tickets');
    expect(await page.locator('h1').textContent()).toBe('Ticket search');
    await page.getByLabel('Channel', { exact: true }).selectOption('voice');
    await Promise.all([page.waitForURL(/channel=voice/), page.getByLabel('Text', { exact: true }).press('Enter')]);
    const channels = await page.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(channels.length).toBeGreaterThan(0);
    expect(channels.every((c) => c.startsWith('Voice'))).toBe(true);
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

  it('search, viewer and import pages fit 1440 and 390 px and have no serious or critical axe violation', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'admin@customercard.example', '/tickets/import');
    // Its own import, whichever tests ran before: the report page then lists entries.
    await page.selectOption('#source', 'zendesk');
    await Promise.all([page.waitForURL(/\/tickets\/import\?run=/), page.click('button:has-text("Start import")')]);
    await expect.poll(async () => page.locator('#import-status').textContent(), { timeout: 20_000 }).toMatch(/^done/);
    const run = new URL(page.url());
    await page.goto(`${emulator.url}/tickets?contact=mari`);
    const viewer = await page.locator('tbody tr th a').first().getAttribute('href');
    const pages = { search: '/tickets?contact=mari', viewer: viewer!, import: `${run.pathname}${run.search}` };
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: 900 });
      for (const [name, path] of Object.entries(pages)) {
        await page.goto(`${emulator.url}${path}`);
        expect(await sidewaysScroll(page), `${name} at ${width} px`).toBeLessThanOrEqual(0);
        expect(await seriousAxeViolations(page), `${name} at ${width} px`).toEqual([]);
        if (width === 390) await screenshot(page, `tickets-${name}-390`, { fullPage: true });
      }
    }
    await page.close();
  }, 90_000);

  it('sends a visitor without a session to the login page', async () => {
    const page = await browser.newPage();
    await page.goto(`${emulator.url}/tickets?q=router`);
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(new URL(page.url()).searchParams.get('startURL')).toBe('/tickets?q=router');
    // The form is short: the page's shade still reaches the window's bottom, not SLDS's blue `html` below it.
    await page.setViewportSize({ width: 1440, height: 900 });
    const below = await page.evaluate(() => ({ body: document.body.getBoundingClientRect().bottom, window: innerHeight, shade: getComputedStyle(document.body).backgroundColor }));
    expect(below.body).toBeGreaterThanOrEqual(below.window);
    expect(below.shade).toBe('rgb(243, 243, 243)');
    await page.close();
  });
});
