import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { DEFAULT_LOOKUP_PLANS } from '../../shared';
import { startMemoryEmulator } from '../support/emulator';
import { signInCc, type SignedInClient as CcClient } from '../support/cc';
import { placeCall } from './flow';

/** A plan that finds callers by ANI in one CRM only: the other is searched by email alone. */
const onlyAniIn = (crm: 'salesforce' | 'servicenow') => {
  const other = crm === 'salesforce' ? 'servicenow' : 'salesforce';
  return { [crm]: DEFAULT_LOOKUP_PLANS[crm], [other]: DEFAULT_LOOKUP_PLANS[other].filter((step) => step.identifier === 'email') };
};

describe('customer facts: one rule for every CRM (§7.3)', () => {
  let emulator: RunningEmulator;
  let admin: CcClient;
  let agent: CcClient;

  beforeAll(async () => {
    emulator = await startMemoryEmulator();
    admin = await signInCc(emulator.url, 'admin@customercard.example');
    agent = await signInCc(emulator.url);
  });
  afterAll(() => emulator.close());

  const configure = async (crm: 'salesforce' | 'servicenow') => {
    const { config } = await admin.call('getConfig');
    const rules = [{ name: 'Gold tier', when: [{ fact: 'tier', op: 'eq', value: 'Gold' }], queue: 'sales', skills: [{ name: 'billing', priority: 1 }] }];
    // A generous budget: this test is about routing, not about a loaded machine's latency.
    const res = await admin.send('putConfig', { body: { ...config, ivr: { ...config.ivr, budgetMs: 10000, lookup: onlyAniIn(crm) }, routing: { defaultQueue: 'general', rules } } });
    expect(res.status).toBe(200);
  };

  it('routes María (Acme, a Gold account) by the same tier rule whether Salesforce or ServiceNow (dot-walk account.u_subscription_level) finds her', async () => {
    for (const crm of ['salesforce', 'servicenow'] as const) {
      await configure(crm);
      const interaction = await placeCall(agent, '(415) 555-1000');
      // Dynamics 365 and Zendesk (on in the demo) know her too: the CRM searched by ANI comes first.
      expect(interaction.ivr?.outcome).toBe('identified');
      expect(interaction.ivr?.matches[0]).toMatchObject({ crm });
      expect(interaction.routing).toMatchObject({ queue: 'sales', skills: ['billing'], reasons: ['Gold tier: queue sales; skills billing'] });
    }
  });

  it('a consumer without an account has her own tier in both CRMs', async () => {
    for (const crm of ['salesforce', 'servicenow'] as const) {
      await configure(crm);
      // Priya Sharma is a Plus consumer: the rule does not fire, the default queue takes her.
      const interaction = await placeCall(agent, '(415) 555-1112');
      // Dynamics 365 and Zendesk (on in the demo) know her too: the CRM searched by ANI comes first.
      expect(interaction.ivr?.outcome).toBe('identified');
      expect(interaction.ivr?.matches[0]).toMatchObject({ crm });
      expect(interaction.routing).toMatchObject({ queue: 'general', skills: [] });
    }
  });
});
