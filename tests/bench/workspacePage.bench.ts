import { createCcClient } from '../../shared/contract';
import buildWorkspace from '../../emulator/build/servicenowPage.build';
import { signIn, untilSoftphoneListens } from '../support/servicenowBrowser';
import type { Benchmark } from './figure';
import { answerFigures, inChromium, pageHeaders, sessionCookie, timeAnswers } from './pageTiming';
import { OMAR, omarWithOpenCase } from './omarWithOpenCase';
import { watchCard } from './workspaceCard';

const CONSUMER = OMAR.name;

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
      await omarWithOpenCase(emulator.url);
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      await context.addInitScript({ content: watchCard(CONSUMER) });
      const page = await context.newPage();
      await signIn(page, emulator.url, '/now/cwf/agent/home');
      const cookie = await sessionCookie(page);
      const cc = createCcClient({ baseUrl: emulator.url, headers: pageHeaders(emulator.url, cookie) });
      const { agent } = await cc.call('getMe');
      const setState = (state: 'available' | 'unavailable') => cc.call('setAgentState', { params: { id: agent.id }, body: { state } });

      const timings = await timeAnswers(page, {
        baseUrl: emulator.url,
        ani: OMAR.ani,
        recordUrl: /\/now\/cwf\/agent\/record\/sn_customerservice_case\//,
        homePath: '/now/cwf/agent/home',
        beforeCall: () => untilSoftphoneListens(page, setState),
        routeFromIvr: true,
      });
      return answerFigures('consumer', timings, 'screen-pop navigation to his open case');
    });
  },
};

export default bench;
