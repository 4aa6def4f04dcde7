import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import lightningPage, { LIGHTNING_BUILD_DIR } from '../../emulator/build/lightningPage.build';
import { launchChromium } from '../support/browser';
import { startMemoryEmulator } from '../support/emulator';
import { median, percentile, type Benchmark } from './figure';

const CONTACT = 'Maria García';
const SAMPLES = 12;

/** Records, inside the page, when the card first shows the contact's name. */
function watchCard(expected: string) {
  const w = window as unknown as { cardShownAt?: { epoch: number; page: number } };
  new MutationObserver(() => {
    if (w.cardShownAt) return;
    if (document.querySelector('.cc-card-title')?.textContent === expected) w.cardShownAt = { epoch: Date.now(), page: performance.now() };
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

/** When the page's request for the interaction finished (page clock). */
const interactionArrived = (page: Page) =>
  page.evaluate(() => {
    const entry = performance.getEntriesByType('resource').find((e) => /\/cc\/v1\/interactions\/[^/?]+$/.test(e.name));
    return entry ? (entry as PerformanceResourceTiming).responseEnd : NaN;
  });

/**
 * Issue 8: from the agent answering in the utility bar to the customer card showing the
 * contact, in Chromium. The goal counts from the moment the page has the interaction.
 */
const bench: Benchmark = {
  title: 'Local Lightning page: answer to card showing the contact',
  async run() {
    if (!existsSync(`${LIGHTNING_BUILD_DIR}/main.js`)) await lightningPage.run({ watch: false });
    const emulator = await startMemoryEmulator();
    const browser = await launchChromium();
    try {
      const context = await browser.newContext();
      await context.addInitScript(watchCard, CONTACT);
      const page = await context.newPage();
      await page.goto(`${emulator.url}/login?startURL=%2Flightning%2Fpage%2Fhome`);
      await page.getByRole('button', { name: 'Log In' }).click();
      await page.waitForURL('**/lightning/page/home');
      await page.locator('#softphone').getByRole('button', { name: 'Go available' }).click();
      const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
      const cc = (path: string, body: unknown = {}) =>
        fetch(`${emulator.url}/cc/v1${path}`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());

      const fromAnswer: number[] = [];
      const fromInteraction: number[] = [];
      for (let i = 0; i < SAMPLES; i++) {
        const { interaction } = await cc('/calls', { ani: '+14155551000', dnis: '+18005550100' });
        const answer = page.locator('#softphone').getByRole('button', { name: 'Answer' });
        await answer.waitFor();
        const clickedAt = Date.now();
        await answer.click();
        await page.waitForURL('**/lightning/r/Contact/**');
        await page.waitForFunction(() => (window as unknown as { cardShownAt?: unknown }).cardShownAt);
        const shown = await page.evaluate(() => (window as unknown as { cardShownAt: { epoch: number; page: number } }).cardShownAt);
        fromAnswer.push(shown.epoch - clickedAt);
        fromInteraction.push(shown.page - (await interactionArrived(page)));
        await cc(`/interactions/${interaction.id}/hangup`);
        await cc(`/interactions/${interaction.id}/acw/complete`);
        await page.goto(`${emulator.url}/lightning/page/home`);
      }
      const row = (name: string, value: number, goal?: number) => ({
        name,
        value: Math.round(value * 10) / 10,
        unit: 'ms',
        ...(goal === undefined ? {} : { goal: `<= ${goal} ms`, met: value <= goal }),
      });
      return [
        row(`page has the interaction -> card shows the contact (p50 of ${SAMPLES})`, median(fromInteraction), 150),
        row(`page has the interaction -> card shows the contact (p90 of ${SAMPLES})`, percentile(fromInteraction, 90), 150),
        row(`click Answer -> card shows the contact, incl. screen-pop navigation (p50 of ${SAMPLES})`, median(fromAnswer)),
      ];
    } finally {
      await browser.close();
      await emulator.close();
    }
  },
};

export default bench;
