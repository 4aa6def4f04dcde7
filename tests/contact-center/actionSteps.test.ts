import { createServer, type Server } from 'node:http';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_KEYS } from '../../emulator/demo-services';
import { createLogger, requestLog } from '../../emulator/ops/requestLog';
import { startEmulator, type RunningEmulator } from '../../emulator/server';
import { signInCc, type SignedInClient as CcClient } from '../support/cc';
import { placeCall } from './flow';

/**
 * Issue 19: the demo configuration's two generic data actions are steps of the IVR's lookup
 * plan. The REST loyalty service names a caller no CRM knows; the GraphQL subscription service
 * adds a fact the routing reads; a broken action never breaks the call. The secrets the actions
 * send reach the services only: not agents, not the logs.
 */
describe('data actions as lookup-plan steps (issue 19)', () => {
  let emulator: RunningEmulator;
  let agent: CcClient;
  let admin: CcClient;
  let logged = '';
  let silent: Server;
  const consoleLines: string[] = [];

  beforeAll(async () => {
    const sink = new Writable({ write: (chunk: Buffer, _enc, done) => ((logged += chunk.toString()), done()) });
    const logger = createLogger('info', sink);
    emulator = await startEmulator({ port: 0, host: '127.0.0.1', dataFile: ':memory:', reset: false }, { app: { requestLog: requestLog(logger) } });
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void consoleLines.push(args.map(String).join(' ')));
    agent = await signInCc(emulator.url);
    admin = await signInCc(emulator.url, 'admin@customercard.example');
    // A service that takes every request and never answers: the timeout case.
    silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    // A generous budget: the first lookup also signs every CRM in, on a busy test machine.
    const { config } = await admin.call('getConfig');
    const res = await admin.send('putConfig', { body: { ...config, ivr: { ...config.ivr, budgetMs: 8000 } } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    silent?.closeAllConnections();
    silent?.close();
    await emulator?.close();
  });

  it('a caller found only through the REST loyalty action is identified, greeted by name and routed by a rule on its fact', async () => {
    const interaction = await placeCall(agent, '(503) 555-0147');
    expect(interaction.ivr).toMatchObject({ outcome: 'identified', matches: [], facts: { fullName: 'Jonas Berg', loyaltyTier: 'platinum', loyaltyPoints: 52310 } });
    expect(interaction.ivr?.greeting).toBe('Hello Jonas, welcome back to Alpine Fibre.');
    expect(interaction.routing).toMatchObject({ queue: 'business', reasons: [expect.stringContaining('Platinum loyalty members')] });
    expect(interaction.participantData).toMatchObject({ loyaltyTier: 'platinum' });
    expect(interaction.context?.customerName).toBe('Jonas Berg');
    expect(interaction.ivr?.actions).toEqual([
      expect.objectContaining({ action: 'loyalty', outcome: 'found' }),
      expect.objectContaining({ action: 'subscription', outcome: 'found' }),
    ]);
  });

  it('Test lookup runs the data action steps as a call does: the same greeting, facts and decision, and each step’s outcome', async () => {
    const tested = await admin.call('testLookup', { body: { value: '(503) 555-0147' } });
    expect(tested).toMatchObject({ outcome: 'identified', greeting: 'Hello Jonas, welcome back to Alpine Fibre.', facts: { loyaltyTier: 'platinum' }, routing: { queue: 'business' } });
    expect(tested.actions).toEqual([expect.objectContaining({ action: 'loyalty', outcome: 'found' }), expect.objectContaining({ action: 'subscription', outcome: 'found' })]);
  });

  it('the GraphQL subscription action adds a fact to a CRM caller, and the routing sends them to retention on it', async () => {
    // Grace Kim is in the CRMs (Premium, NPS 8: the general queue by the CRM's facts alone).
    const interaction = await placeCall(agent, '415.555.1245');
    expect(interaction.ivr).toMatchObject({ outcome: 'identified', facts: { subscriptionStatus: 'cancelling', subscriptionPlan: 'fibre-500' } });
    expect(interaction.ivr?.matches[0]).toMatchObject({ crm: 'salesforce', name: 'Grace Kim' });
    expect(interaction.ivr?.greeting).toBe('Hello Grace, welcome back to Alpine Fibre.');
    expect(interaction.routing?.queue).toBe('retention');
    expect(interaction.routing?.reasons).toContain('Cancelling subscribers go to retention: queue retention; skills retention');
    expect(interaction.participantData).toMatchObject({ subscriptionStatus: 'cancelling' });
  });

  it('an unknown caller stays unknown: an action that found nothing gives no facts', async () => {
    const interaction = await placeCall(agent, '+1 212 555 0999');
    expect(interaction.ivr).toMatchObject({ outcome: 'not-identified', actions: [{ outcome: 'not-found' }, { outcome: 'not-found' }] });
    expect(interaction.ivr?.facts).toBeUndefined();
  });

  it('broken actions (bad URL, timeout, an answer outside the output contract) never break the call: the IVR goes on and names each', async () => {
    const { config } = await admin.call('getConfig');
    const [loyalty, subscription] = config.dataActions.actions;
    const silentUrl = `http://127.0.0.1:${(silent.address() as { port: number }).port}/members?phone=\${input.phone}`;
    const actions = [
      { ...loyalty, id: 'loyalty', request: { ...loyalty.request, url: 'http://127.0.0.1:1/members?phone=${input.phone}' } },
      { ...loyalty, id: 'loyalty-slow', timeoutMs: 300, request: { ...loyalty.request, url: silentUrl } },
      { ...subscription, id: 'subscription', mapping: 'data.subscriber.{ "plan": 42, "status": status }' },
    ];
    const steps = [...config.ivr.lookup.actions, { ...config.ivr.lookup.actions[0], action: 'loyalty-slow' }];
    const res = await admin.send('putConfig', {
      body: { ...config, dataActions: { ...config.dataActions, actions }, ivr: { ...config.ivr, lookup: { ...config.ivr.lookup, actions: steps } } },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    try {
      const interaction = await placeCall(agent, '+1 415-555-1000');
      expect(interaction.ivr?.outcome).toBe('identified');
      expect(interaction.ivr?.matches[0]).toMatchObject({ crm: 'salesforce', name: 'Maria García' });
      expect(interaction.ivr?.greeting).toBe('Hola Maria, le damos de nuevo la bienvenida a Alpine Fibre.');
      expect(interaction.routing?.queue).toBe('retention');
      expect(interaction.ivr?.actions).toEqual([
        expect.objectContaining({ action: 'loyalty', outcome: 'error', reason: 'network' }),
        expect.objectContaining({ action: 'subscription', outcome: 'error', reason: 'contract', detail: expect.stringContaining('plan') }),
        expect.objectContaining({ action: 'loyalty-slow', outcome: 'error', reason: 'timeout' }),
      ]);
      expect(interaction.ivr?.facts).toBeUndefined();
      expect(consoleLines.join('\n')).toContain('IVR data action loyalty-slow failed: timeout');
    } finally {
      expect((await admin.send('putConfig', { body: config })).status).toBe(200);
    }
  });

  it('the actions’ secrets are masked for agents, and never reach an interaction, the request log or the console', async () => {
    const seen = await agent.call('getConfig');
    expect(seen.config.dataActions.secrets).toEqual({ LOYALTY_KEY: '********', SUBSCRIPTIONS_KEY: '********' });
    expect((await admin.call('getConfig')).config.dataActions.secrets.LOYALTY_KEY).toBe(DEMO_KEYS.loyalty);
    const interaction = await placeCall(agent, '(503) 555-0147');
    const everything = [JSON.stringify(seen), JSON.stringify(interaction), logged, consoleLines.join('\n')].join('\n');
    expect(logged).toContain('"route":"/demo-services/loyalty/members"');
    for (const secret of Object.values(DEMO_KEYS)) expect(everything).not.toContain(secret);
  });
});
