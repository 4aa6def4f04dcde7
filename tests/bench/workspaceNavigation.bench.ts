import type { Browser, BrowserContext } from 'playwright-core';
import buildWorkspace from '../../emulator/build/servicenowPage.build';
import { createCcClient } from '../../shared/contract';
import { signIn, untilSoftphoneListens } from '../support/servicenowBrowser';
import { median, percentile, type Benchmark, type Figure } from './figure';
import { inChromium, pageHeaders, SAMPLES, sessionCookie } from './pageTiming';
import { OMAR, omarWithOpenCase } from './omarWithOpenCase';
import { watchCard } from './workspaceCard';

const CONSUMER = OMAR.name;
/** Issue 17's goal: navigating to a case shows the card's consumer within 400 ms, cold. */
const NAVIGATION_GOAL_MS = 400;

/** A browser context with the agent's cookies and nothing cached: every sample loads cold. */
async function coldContext(browser: Browser, state: Awaited<ReturnType<BrowserContext['storageState']>>) {
  const context = await browser.newContext({ storageState: state, viewport: { width: 1440, height: 900 } });
  await context.addInitScript({ content: watchCard(CONSUMER) });
  return context;
}

/**
 * Issue 17: during Omar's call, navigation to his case in the local Agent Workspace -> the card in
 * the side panel shows the consumer, from navigation start, with an empty cache each time.
 */
const bench: Benchmark = {
  title: 'Local Agent Workspace: navigation to a case',
  async run() {
    await buildWorkspace.run({ watch: false });
    return inChromium(async (emulator, browser) => {
      const { caseSysId } = await omarWithOpenCase(emulator.url);

      // Omar calls and the agent answers: the screen pop opens his case with the interaction.
      const setup = await browser.newContext();
      const page = await setup.newPage();
      await signIn(page, emulator.url, '/now/cwf/agent/home');
      const cc = createCcClient({ baseUrl: emulator.url, headers: pageHeaders(emulator.url, await sessionCookie(page)) });
      const { agent } = await cc.call('getMe');
      await untilSoftphoneListens(page, (state) => cc.call('setAgentState', { params: { id: agent.id }, body: { state } }));
      const { interaction } = await cc.call('placeCall', { body: { ani: OMAR.ani, dnis: '+18005550100' } });
      if (interaction.state === 'ivr') await cc.call('queueAsIs', { params: { id: interaction.id } });
      await page.locator('#softphone').getByRole('button', { name: 'Answer' }).click();
      await page.waitForURL(new RegExp(`/record/sn_customerservice_case/${caseSysId}`));
      const caseUrl = page.url();
      const state = await setup.storageState();
      await setup.close();

      const samples: number[] = [];
      for (let i = 0; i < SAMPLES; i++) {
        const context = await coldContext(browser, state);
        const tab = await context.newPage();
        await tab.goto(caseUrl);
        await tab.waitForFunction(() => (window as unknown as { cardShownAt?: unknown }).cardShownAt);
        samples.push(await tab.evaluate(() => (window as unknown as { cardShownAt: { page: number } }).cardShownAt.page));
        await context.close();
      }
      const row = (label: string, value: number): Figure => ({ name: label, value: Math.round(value), unit: 'ms', goal: `<= ${NAVIGATION_GOAL_MS} ms`, met: value <= NAVIGATION_GOAL_MS });
      return [
        row(`navigation to a case -> card shows the consumer, cold (p50 of ${SAMPLES})`, median(samples)),
        row(`navigation to a case -> card shows the consumer, cold (p90 of ${SAMPLES})`, percentile(samples, 90)),
      ];
    });
  },
};

export default bench;
