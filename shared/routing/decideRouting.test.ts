import { describe, expect, it } from 'vitest';
import { parseConfig } from '../config/parseConfig';
import { switchFeature } from '../config/requireFeature';
import type { Config } from '../config/schema';
import { conditionHolds } from './conditions';
import { decideRouting, type RoutingDecision } from './decideRouting';

const load = (rules: unknown[]): Config => {
  const parsed = parseConfig({ routing: { defaultQueue: 'Support', rules } });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.config;
};
const route = (config: Config, fields: Record<string, unknown>) => decideRouting(config.routing, fields, config) as RoutingDecision;

const rules = [
  {
    name: 'Gold customers',
    when: [{ field: 'Subscription_Level__c', op: 'eq', value: 'Gold' }],
    queue: 'Gold Care',
    skills: [{ name: 'premium', priority: 2 }],
  },
  { name: 'Priority accounts', when: [{ field: 'Account.Priority__c', op: 'eq', value: true }], queue: 'Priority', skills: [{ name: 'escalation', priority: 1 }] },
  { name: 'Detractors', when: [{ field: 'NPS__c', op: 'lte', value: 6 }], skills: [{ name: 'retention', priority: 1 }] },
  { name: 'Spanish', when: [{ field: 'Preferred_Language__c', op: 'in', value: ['es', 'Spanish'] }], skills: [{ name: 'spanish', priority: 1 }] },
  { name: 'TV', when: [{ field: 'Products__c', op: 'contains', value: 'TV Plus' }], skills: [{ name: 'tv', priority: 3 }] },
];

describe('routing rules (§7.3)', () => {
  it('§7.3 subscription level chooses the queue, and the decision names the rule that fired', () => {
    const decision = route(load(rules), { Subscription_Level__c: 'gold' });
    expect(decision).toEqual({
      queue: 'Gold Care',
      skills: [{ name: 'premium', priority: 2 }],
      droppedSkills: [],
      reasons: [{ rule: 0, name: 'Gold customers', chose: { queue: 'Gold Care', skills: ['premium'] } }],
    });
  });

  it('§7.3 one queue: the first firing rule that names a queue; skills gather from every firing rule', () => {
    const decision = route(load(rules), {
      Subscription_Level__c: 'Gold',
      Account: { Priority__c: true },
      NPS__c: '4',
      Preferred_Language__c: 'Spanish',
      Products__c: 'Fibre 1G;TV Plus',
    });
    expect(decision.queue).toBe('Gold Care');
    expect(decision.skills.map((s) => s.name)).toEqual(['escalation', 'retention', 'spanish', 'premium', 'tv']);
    expect(decision.reasons.map((r) => r.name)).toEqual(['Gold customers', 'Priority accounts', 'Detractors', 'Spanish', 'TV']);
    expect(decision.reasons[1].chose).toEqual({ skills: ['escalation'] });
  });

  it('§7.3 six skills requested -> five kept by priority', () => {
    const six = ['spanish', 'retention', 'tv', 'fibre', 'billing', 'premium'].map((name, i) => ({ name, priority: [1, 2, 5, 3, 9, 4][i] }));
    const decision = route(load([{ when: [{ field: 'Id', op: 'exists' }], skills: six }]), { Id: '0035g00000Ana01AAA' });
    expect(decision.skills.map((s) => s.name)).toEqual(['spanish', 'retention', 'fibre', 'premium', 'tv']);
    expect(decision.droppedSkills).toEqual([{ name: 'billing', priority: 9 }]);
  });

  it('§7.3 a skill requested twice counts once, at its best priority', () => {
    const config = load([
      { when: [{ field: 'A', op: 'exists' }], skills: [{ name: 'Spanish', priority: 4 }] },
      { when: [{ field: 'A', op: 'exists' }], skills: [{ name: 'spanish', priority: 1 }] },
    ]);
    expect(route(config, { A: 1 }).skills).toEqual([{ name: 'spanish', priority: 1 }]);
  });

  it('§7.3 nothing fires: the default queue, no skills, no reasons', () => {
    expect(route(load(rules), { Subscription_Level__c: 'Bronze', NPS__c: 9 })).toEqual({
      queue: 'Support',
      skills: [],
      droppedSkills: [],
      reasons: [],
    });
  });

  it('§7.3 a stop rule ends the evaluation', () => {
    const config = load([{ when: [{ field: 'VIP__c', op: 'eq', value: true }], queue: 'VIP', stop: true }, ...rules]);
    expect(route(config, { VIP__c: true, NPS__c: 2 })).toMatchObject({ queue: 'VIP', skills: [] });
  });

  it('§1.3 routing is refused when the feature is off', () => {
    const config = switchFeature(load(rules), 'routing', false);
    expect(decideRouting(config.routing, {}, config)).toEqual({ refused: 'feature-disabled', feature: 'routing' });
  });
});

describe('conditions over CRM fields (§7.3)', () => {
  const holds = (op: string, value: unknown, fields: Record<string, unknown>) =>
    conditionHolds({ field: 'F', op: op as 'eq', value: value as string }, fields);

  it('§7.3 compares text case-insensitively and numbers given as text', () => {
    expect(holds('eq', 'Gold', { F: ' GOLD ' })).toBe(true);
    expect(holds('gte', 9, { F: '9.5' })).toBe(true);
    expect(holds('gte', 9, { F: 'high' })).toBe(false);
    expect(holds('lte', 6, { F: null })).toBe(false);
  });

  it('§7.3 exists, missing and empty values', () => {
    expect(holds('exists', undefined, { F: 'x' })).toBe(true);
    expect(holds('exists', undefined, { F: '' })).toBe(false);
    expect(holds('exists', false, {})).toBe(true);
    expect(holds('eq', '', {})).toBe(false);
  });

  it('§7.3 products as a list, a multi-select picklist or free text', () => {
    expect(holds('contains', 'TV Plus', { F: ['Fibre 1G', 'TV Plus'] })).toBe(true);
    expect(holds('contains', 'tv plus', { F: 'Fibre 1G;TV Plus' })).toBe(true);
    expect(holds('contains', 'TV', { F: 'Fibre 1G;TV Plus' })).toBe(false);
    expect(holds('contains', 'fibre', { F: 'Fibre 10G business line' })).toBe(true);
    expect(holds('in', ['es', 'fr'], { F: 'FR' })).toBe(true);
  });
});
