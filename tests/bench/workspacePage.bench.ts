import type { Page } from 'playwright-core';
import buildWorkspace from '../../emulator/build/servicenowPage.build';
import { startMemoryEmulator } from '../support/emulator';
import { callJson, launchChromium, signIn, untilSoftphoneListens } from '../support/servicenowBrowser';
import { median, percentile, type Benchmark } from './figure';

const CONSUMER = 'Omar Haddad';
const SAMPLES = 12;

/**
 * Records, inside the page, when the card first shows the consumer. The card renders in its shadow
 * root, which a document observer does not see: wait for the root, then observe it. A string, not a
 * function: tsx would wrap a function's inner helpers in `__name`, which the page does not have.
 */
const watchCard = (expected: string) => `
  (() => {
    const check = (root) => {
      if (!window.cardShownAt && root.querySelector('.card-title')?.textContent === ${JSON.stringify(expected)}) {
        window.cardShownAt = { epoch: Date.now(), page: performance.now() };
      }
    };
    const findRoot = () => {
      const root = document.querySelector('x-cc-customer-card')?.shadowRoot;
      if (!root) return requestAnimationFrame(findRoot);
      check(root);
      new MutationObserver(() => check(root)).observe(root, { subtree: true, childList: true, characterData: true });
    };
    findRoot();
  })();`;

/** When the card's request for the interaction finished (page clock). */
const interactionArrived = (page: Page) =>
  page.evaluate(() => {
    const entry = performance.getEntriesByType('resource').find((e) => /\/cc\/v1\/interactions\/[^/?]+$/.test(e.name));
    return entry ? (entry as PerformanceResourceTiming).responseEnd : NaN;
  });

/**
 * Issue 9: from the agent answering in the softphone bar to the Next Experience card showing the
 * consumer the IVR found, in Chromium on the local Agent Workspace. The goal counts from the moment
 * the page has the interaction, as for the Lightning page.
 */
const bench: Benchmark = {
  title: 'Local Agent Workspace: answer to card showing the consumer',
  async run() {
    await buildWorkspace.run({ watch: false });
    const emulator = await startMemoryEmulator();
    const browser = await launchChromium();
    try {
      const token = (await callJson<{ access_token: string }>(`${emulator.url}/cc/v1/auth/token`, { method: 'POST', auth: '', body: { username: 'admin@customercard.example', password: 'emulator' } })).access_token;
      const { config } = await callJson<{ config: Record<string, unknown> }>(`${emulator.url}/cc/v1/config`, { auth: `Bearer ${token}` });
      // The IVR looks callers up in the emulated ServiceNow, so the caller is a ServiceNow consumer.
      await callJson(`${emulator.url}/cc/v1/config`, {
        method: 'PUT',
        auth: `Bearer ${token}`,
        body: { ...config, connections: { servicenow: { instanceUrl: emulator.url, user: 'admin', password: 'emulator' } } },
      });
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      await context.addInitScript({ content: watchCard(CONSUMER) });
      const page = await context.newPage();
      await signIn(page, emulator.url, '/now/cwf/agent/home');
      const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
      const cc = (path: string, body: unknown = {}) =>
        fetch(`${emulator.url}/cc/v1${path}`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());

      const { agent } = await fetch(`${emulator.url}/cc/v1/agents/me`, { headers: { cookie } }).then((r) => r.json());
      const setState = (state: string) =>
        fetch(`${emulator.url}/cc/v1/agents/${agent.id}/state`, { method: 'PUT', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ state }) });

      const fromAnswer: number[] = [];
      const fromInteraction: number[] = [];
      for (let i = 0; i < SAMPLES; i++) {
        await untilSoftphoneListens(page, setState);
        const { interaction } = await cc('/calls', { ani: '+14155551119', dnis: '+18005550100' });
        if (interaction.state === 'ivr') await cc(`/interactions/${interaction.id}/ivr/route`);
        const answer = page.locator('#softphone').getByRole('button', { name: 'Answer' });
        await answer.waitFor();
        const clickedAt = Date.now();
        await answer.click();
        await page.waitForURL(/\/now\/cwf\/agent\/record\/sn_customerservice_case\//);
        await page.waitForFunction(() => (window as unknown as { cardShownAt?: unknown }).cardShownAt);
        const shown = await page.evaluate(() => (window as unknown as { cardShownAt: { epoch: number; page: number } }).cardShownAt);
        fromAnswer.push(shown.epoch - clickedAt);
        fromInteraction.push(shown.page - (await interactionArrived(page)));
        await cc(`/interactions/${interaction.id}/hangup`);
        await cc(`/interactions/${interaction.id}/acw/complete`);
        await page.goto(`${emulator.url}/now/cwf/agent/home`);
      }
      const row = (name: string, value: number, goal?: number) => ({
        name,
        value: Math.round(value * 10) / 10,
        unit: 'ms',
        ...(goal === undefined ? {} : { goal: `<= ${goal} ms`, met: value <= goal }),
      });
      return [
        row(`page has the interaction -> card shows the consumer (p50 of ${SAMPLES})`, median(fromInteraction), 150),
        row(`page has the interaction -> card shows the consumer (p90 of ${SAMPLES})`, percentile(fromInteraction, 90), 150),
        row(`click Answer -> card shows the consumer, incl. new case and navigation (p50 of ${SAMPLES})`, median(fromAnswer)),
      ];
    } finally {
      await browser.close();
      await emulator.close();
    }
  },
};

export default bench;
