import { existsSync } from 'node:fs';
import lightningPage, { LIGHTNING_BUILD_DIR } from '../../emulator/build/lightningPage.build';
import type { Benchmark } from './figure';
import { answerFigures, inChromium, timeAnswers } from './pageTiming';

const CONTACT = 'Maria García';

/** Records, inside the page, when the card first shows the contact's name. */
function watchCard(expected: string) {
  const w = window as unknown as { cardShownAt?: { epoch: number; page: number } };
  new MutationObserver(() => {
    if (w.cardShownAt) return;
    if (document.querySelector('.cc-card-title')?.textContent === expected) w.cardShownAt = { epoch: Date.now(), page: performance.now() };
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

/**
 * Issue 8: from the agent answering in the utility bar to the customer card showing the
 * contact, in Chromium. The goal counts from the moment the page has the interaction.
 */
const bench: Benchmark = {
  title: 'Local Lightning page: answer to card showing the contact',
  async run() {
    if (!existsSync(`${LIGHTNING_BUILD_DIR}/record.js`)) await lightningPage.run({ watch: false });
    return inChromium(async (emulator, browser) => {
      const context = await browser.newContext();
      await context.addInitScript(watchCard, CONTACT);
      const page = await context.newPage();
      await page.goto(`${emulator.url}/login?startURL=%2Flightning%2Fpage%2Fhome`);
      await page.getByRole('button', { name: 'Log In' }).click();
      await page.waitForURL('**/lightning/page/home');
      await page.locator('#softphone').getByRole('button', { name: 'Go available' }).click();
      const timings = await timeAnswers(page, { baseUrl: emulator.url, ani: '+14155551000', recordUrl: '**/lightning/r/**', homePath: '/lightning/page/home' });
      return answerFigures('contact', timings, 'screen-pop navigation');
    });
  },
};

export default bench;
