import { describe, expect, it } from 'vitest';
import { parseConfig } from '../config/parseConfig';
import { redactSecrets } from '../config/configDiff';
import { actionStepSchema, factsNeeded, stepFacts, stepInput, stepsFor } from './actionStep';

const step = actionStepSchema.parse({ action: 'loyalty', input: { phone: 'ani', tier: 'fact.tier' }, facts: { loyaltyTier: 'tier', since: 'memberSince' } });

const action = {
  id: 'loyalty',
  name: 'Loyalty',
  input: { type: 'object' },
  output: { type: 'object' },
  request: { url: '/demo-services/loyalty/members?phone=${input.phone}', headers: { authorization: 'Bearer ${secret.LOYALTY_KEY}' } },
  mapping: 'members[0]',
};

describe('data actions as lookup-plan steps (issue 19)', () => {
  it('fills the input from the ANI, what the caller entered and facts found before; a missing one names its source', () => {
    expect(factsNeeded(step)).toEqual(['tier']);
    expect(stepInput(step, { ani: '+15035550147', entered: '+15035550147', facts: { tier: 'Gold' } })).toEqual({ input: { phone: '+15035550147', tier: 'Gold' } });
    expect(stepInput(step, { ani: '+15035550147', entered: 'ACC-1', facts: {} })).toEqual({ missing: 'fact.tier' });
    expect(stepsFor([step], 'ani')).toEqual([step]);
    expect(stepsFor([step], 'email')).toEqual([]);
  });

  it('takes facts from the output by the step’s mapping: one value each, never a list or an object', () => {
    expect(stepFacts(step, { tier: 'platinum', memberSince: ['2016'] })).toEqual({ loyaltyTier: 'platinum' });
  });

  it('refuses a step naming an unknown action, an input from an unknown fact and a template naming an unknown secret', () => {
    const parsed = parseConfig({ dataActions: { actions: [action] }, ivr: { lookup: { actions: [{ action: 'nope', input: { phone: 'fact.shoeSize' }, facts: { x: 'y' } }] } } });
    expect(parsed.ok ? [] : parsed.errors).toEqual([
      { path: 'ivr.lookup.actions[0].action', message: "unknown data action 'nope'" },
      { path: 'ivr.lookup.actions[0].input.phone', message: "unknown fact 'shoeSize'" },
      { path: 'dataActions.actions[0].request', message: "unknown secret 'LOYALTY_KEY'" },
    ]);
  });

  it('a fact a step gives is known to routing rules without a CRM mapping; the secrets are masked for agents', () => {
    const parsed = parseConfig({
      dataActions: { actions: [action], secrets: { LOYALTY_KEY: 'k3y' } },
      ivr: { lookup: { actions: [{ action: 'loyalty', input: { phone: 'ani' }, facts: { loyaltyTier: 'level' } }] } },
      routing: { rules: [{ when: [{ fact: 'loyaltyTier', op: 'eq', value: 'platinum' }], queue: 'business' }] },
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(redactSecrets(parsed.config).dataActions.secrets).toEqual({ LOYALTY_KEY: '********' });
  });
});
