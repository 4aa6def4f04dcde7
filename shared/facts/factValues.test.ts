import { describe, expect, it } from 'vitest';
import { parseConfig } from '../config/parseConfig';
import { decideRouting, type RoutingDecision } from '../routing/decideRouting';
import { DEFAULT_FACTS } from './factSchema';
import { factsOf, factValue } from './factValues';

const load = (config: object) => {
  const parsed = parseConfig(config);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.config;
};

describe('customer facts, one vocabulary (§7.3)', () => {
  it('reads a Salesforce parent field and a ServiceNow dot-walk as the same fact', () => {
    expect(factValue(DEFAULT_FACTS, 'salesforce', { Account: { Subscription_Level__c: 'Gold' }, Subscription_Level__c: 'Business' }, 'tier')).toBe('Gold');
    expect(factValue(DEFAULT_FACTS, 'servicenow', { 'account.u_subscription_level': 'Gold', u_subscription_level: '' }, 'tier')).toBe('Gold');
  });

  it('falls back to the next mapped field when the first is empty (a consumer has no account)', () => {
    expect(factValue(DEFAULT_FACTS, 'salesforce', { Account: null, Subscription_Level__c: 'Plus' }, 'tier')).toBe('Plus');
    expect(factValue(DEFAULT_FACTS, 'servicenow', { 'account.u_subscription_level': '', u_subscription_level: 'Plus' }, 'tier')).toBe('Plus');
  });

  it('reads a ServiceNow reference by its value and ignores facts a CRM does not map', () => {
    const facts = { ...DEFAULT_FACTS, owner: { salesforce: [], servicenow: ['assigned_to'], zendesk: [], dynamics: [] } };
    expect(factsOf(facts, 'servicenow', { assigned_to: { link: 'https://x/api/now/table/sys_user/abc', value: 'abc' }, u_nps: '4' })).toEqual({ owner: 'abc', nps: '4' });
    expect(factsOf(facts, 'zendesk', { assigned_to: 'abc' })).toEqual({});
  });

  it('one rule on tier routes a Salesforce caller and a ServiceNow caller alike', () => {
    const config = load({ routing: { defaultQueue: 'general', rules: [{ name: 'Gold', when: [{ fact: 'tier', op: 'eq', value: 'Gold' }], queue: 'business' }] } });
    const route = (crm: 'salesforce' | 'servicenow', fields: Record<string, unknown>) =>
      (decideRouting(config.routing, fields, config, factsOf(config.facts, crm, fields)) as RoutingDecision).queue;
    expect(route('salesforce', { Account: { Subscription_Level__c: 'Gold' } })).toBe('business');
    expect(route('servicenow', { 'account.u_subscription_level': 'Gold' })).toBe('business');
    expect(route('servicenow', { u_subscription_level: 'Basic' })).toBe('general');
  });

  it('refuses a rule, greeting or display on a fact the configuration does not map, with the path', () => {
    const parsed = parseConfig({
      routing: { rules: [{ when: [{ fact: 'tierr', op: 'eq', value: 'Gold' }], queue: 'business' }] },
      ivr: { greeting: { languageFact: 'lang' } },
      display: { alert: ['tier', 'mood'] },
    });
    expect(parsed.ok ? [] : parsed.errors.map((e) => e.path)).toEqual(['routing.rules[0].when[0].fact', 'ivr.greeting.languageFact', 'display.alert[1]']);
  });

  it('a condition tests either a fact or a field, never both or neither', () => {
    const parsed = parseConfig({ routing: { rules: [{ when: [{ op: 'exists' }], queue: 'a' }, { when: [{ fact: 'tier', field: 'X', op: 'exists' }], queue: 'a' }] } });
    expect(parsed.ok ? [] : parsed.errors.map((e) => e.path)).toEqual(['routing.rules[0].when[0].fact', 'routing.rules[1].when[0].fact']);
  });
});
