import { createCcClient } from '../../shared/contract';
import buildWorkspace from '../../emulator/build/servicenowPage.build';
import { signIn, untilSoftphoneListens } from '../support/servicenowBrowser';
import type { Benchmark } from './figure';
import { answerFigures, inChromium, sessionCookie, timeAnswers } from './pageTiming';

const CONSUMER = 'Omar Haddad';

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

/**
 * Issue 9: from the agent answering in the softphone bar to the Next Experience card showing the
 * consumer the IVR found, in Chromium on the local Agent Workspace. The goal counts from the moment
 * the page has the interaction, as for the Lightning page.
 */
const bench: Benchmark = {
  title: 'Local Agent Workspace: answer to card showing the consumer',
  async run() {
    await buildWorkspace.run({ watch: false });
    return inChromium(async (emulator, browser) => {
      const admin = createCcClient({ baseUrl: emulator.url });
      await admin.signIn('admin@customercard.example', 'emulator');
      const { config } = await admin.call('getConfig');
      // The IVR looks callers up in the emulated ServiceNow, so the caller is a ServiceNow consumer.
      await admin.call('putConfig', { body: { ...config, connections: { servicenow: { instanceUrl: emulator.url, user: 'admin', password: 'emulator' } } } });
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      await context.addInitScript({ content: watchCard(CONSUMER) });
      const page = await context.newPage();
      await signIn(page, emulator.url, '/now/cwf/agent/home');
      const cookie = await sessionCookie(page);
      const cc = createCcClient({ baseUrl: emulator.url, headers: { cookie } });
      const { agent } = await cc.call('getMe');
      const setState = (state: 'available' | 'unavailable') => cc.call('setAgentState', { params: { id: agent.id }, body: { state } });

      const timings = await timeAnswers(page, {
        baseUrl: emulator.url,
        ani: '+14155551119',
        recordUrl: /\/now\/cwf\/agent\/record\/sn_customerservice_case\//,
        homePath: '/now/cwf/agent/home',
        beforeCall: () => untilSoftphoneListens(page, setState),
        routeFromIvr: true,
      });
      return answerFigures('consumer', timings, 'new case and navigation');
    });
  },
};

export default bench;
