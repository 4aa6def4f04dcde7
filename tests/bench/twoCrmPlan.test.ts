import { describe, expect, it } from 'vitest';
import { parseConfig, unknownFacts, type Config } from '../../shared';
import { loadStory } from '../../emulator/seed/story';
import { twoCrmPlan } from './twoCrmPlan';

const demoConfig = async (): Promise<Config> => {
  const parsed = parseConfig((await loadStory()).contactCenter.config);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.config;
};

const connections = {
  salesforce: { instanceUrl: 'http://127.0.0.1:1', apiVersion: '62.0', auth: { kind: 'access-token' as const } },
  servicenow: { instanceUrl: 'http://127.0.0.1:2', user: 'admin' },
};

describe('twoCrmPlan', () => {
  it('connects only Salesforce and ServiceNow and runs no data action, where the demo runs some', async () => {
    const demo = await demoConfig();
    expect(demo.ivr.lookup.actions.length).toBeGreaterThan(0);
    const plan = twoCrmPlan(demo, connections);
    expect(Object.keys(plan.connections)).toEqual(['salesforce', 'servicenow']);
    expect(plan.ivr.lookup.actions).toEqual([]);
    expect(plan.ivr.lookup.salesforce).toEqual(demo.ivr.lookup.salesforce);
  });

  it('is a configuration the admin API accepts: the rules on facts only a data action gave are gone, the others kept', async () => {
    const demo = await demoConfig();
    const plan = twoCrmPlan(demo, connections);
    expect(unknownFacts(demo)).toEqual([]);
    expect(unknownFacts(plan)).toEqual([]);
    expect(parseConfig(plan).ok).toBe(true);
    expect(plan.routing.rules.length).toBeGreaterThan(0);
    expect(plan.routing.rules.length).toBeLessThan(demo.routing.rules.length);
    expect(plan.routing.rules.every((rule) => demo.routing.rules.includes(rule))).toBe(true);
  });
});
