import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_KEYS } from '../../emulator/demo-services';
import type { RunningEmulator } from '../../emulator/server';
import { dataActionSchema, runDataAction } from '../../shared/dataActions';
import { startMemoryEmulator } from '../support/emulator';

/** The demo's two generic data actions as an admin would configure them, against the demo services. */
const actions = (origin: string) => ({
  loyalty: dataActionSchema.parse({
    id: 'loyalty',
    name: 'Loyalty members (REST)',
    input: { type: 'object', properties: { phone: { type: 'string' } }, required: ['phone'] },
    output: { type: 'object', properties: { name: { type: 'string' }, tier: { type: 'string' }, points: { type: 'number' } }, required: ['name', 'tier'] },
    request: { url: `${origin}/demo-services/loyalty/members?phone=\${input.phone}`, headers: { authorization: 'Bearer ${secret.LOYALTY_KEY}' } },
    mapping: 'members[0].{ "name": fullName, "tier": level, "points": points }',
  }),
  subscription: dataActionSchema.parse({
    id: 'subscription',
    name: 'Subscriptions (GraphQL)',
    input: { type: 'object', properties: { phone: { type: 'string' } }, required: ['phone'] },
    output: { type: 'object', properties: { plan: { type: 'string' }, status: { type: 'string' } }, required: ['plan', 'status'] },
    request: {
      url: `${origin}/demo-services/subscriptions/graphql`,
      headers: { 'x-api-key': '${secret.SUBSCRIPTIONS_KEY}' },
      graphql: { query: 'query Subscriber($phone: String!) { subscriber(phone: $phone) { plan status } }', variables: { phone: '${input.phone}' } },
    },
    mapping: 'data.subscriber',
  }),
});
const secrets = { LOYALTY_KEY: DEMO_KEYS.loyalty, SUBSCRIPTIONS_KEY: DEMO_KEYS.subscriptions };

describe('§7.8 generic data actions against the demo services', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startMemoryEmulator();
  });
  afterAll(() => emulator.close());

  it('finds a caller known only to the REST loyalty service, whatever way the number is written', async () => {
    const result = await runDataAction(actions(emulator.url).loyalty, { phone: '(503) 555-0147' }, { secrets });
    expect(result).toMatchObject({ outcome: 'found', output: { name: 'Jonas Berg', tier: 'platinum', points: 52310 } });
    expect(result.request.headers.authorization).toBe('Bearer ********');
  });

  it('adds a fact from the GraphQL subscription service', async () => {
    const result = await runDataAction(actions(emulator.url).subscription, { phone: '+1 415 555 1245' }, { secrets });
    expect(result).toMatchObject({ outcome: 'found', output: { plan: 'fibre-500', status: 'cancelling' } });
  });

  it('says "not found" for an unknown number and names a wrong key as an HTTP error', async () => {
    expect((await runDataAction(actions(emulator.url).loyalty, { phone: '+1 212 555 0000' }, { secrets })).outcome).toBe('not-found');
    expect((await runDataAction(actions(emulator.url).subscription, { phone: '+1 212 555 0000' }, { secrets })).outcome).toBe('not-found');
    expect(await runDataAction(actions(emulator.url).loyalty, { phone: '+15035550147' }, { secrets: { ...secrets, LOYALTY_KEY: 'wrong' } })).toMatchObject({ outcome: 'error', reason: 'http', status: 401 });
  });

  it('never breaks on a bad URL: the call goes on with a named error', async () => {
    const broken = { ...actions('http://127.0.0.1:1').loyalty };
    expect(await runDataAction(broken, { phone: '+15035550147' }, { secrets })).toMatchObject({ outcome: 'error', reason: 'network' });
  });
});
