import { describe, expect, it } from 'vitest';
import { FEATURES } from './features';
import { defaultConfig, parseConfig } from './parseConfig';
import { requireFeature } from './requireFeature';

const errorsOf = (json: unknown) => {
  const parsed = parseConfig(json);
  if (parsed.ok) throw new Error('expected errors');
  return parsed.errors;
};

describe('configuration', () => {
  it('§1.3 every feature is on by default and can be switched off', () => {
    const config = defaultConfig();
    for (const feature of FEATURES) expect(requireFeature(config, feature)).toBeNull();
    const parsed = parseConfig({ features: { merge: { enabled: false } } });
    expect(parsed.ok && requireFeature(parsed.config, 'merge')).toEqual({ refused: 'feature-disabled', feature: 'merge' });
    expect(parsed.ok && requireFeature(parsed.config, 'relate')).toBeNull();
  });

  it('§1.3 covers the features of §1 to §8', () => {
    expect(FEATURES).toEqual(
      expect.arrayContaining(['card', 'link', 'relate', 'create', 'related', 'merge', 'ivrLookup', 'routing', 'screenPop', 'ticketImport']),
    );
  });

  it('§4.1 defaults the record types agents may create, per CRM', () => {
    const config = defaultConfig();
    expect(config.features.create.allowedTypes.salesforce).toEqual(['Contact', 'Lead', 'Case']);
    expect(config.features.create.allowedTypes.servicenow).toContain('csm_consumer');
    expect(config.phone.defaultRegion).toBe('US');
    expect(config.routing).toEqual({ defaultQueue: 'General', rules: [] });
    expect(config.ivr.lookup.salesforce[0].identifier).toBe('ani');
  });

  it('§9.1 reads a JSON string with the CRM connections, secrets optional', () => {
    const parsed = parseConfig(
      JSON.stringify({
        connections: {
          salesforce: { instanceUrl: 'https://alpine.my.salesforce.com' },
          servicenow: { instanceUrl: 'https://alpine.service-now.com', user: 'cc.integration' },
          zendesk: { baseUrl: 'https://alpine.zendesk.com', email: 'ops@alpinefibre.example' },
        },
        phone: { defaultRegion: 'CH' },
      }),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.config.connections.salesforce).toEqual({
      instanceUrl: 'https://alpine.my.salesforce.com',
      apiVersion: '62.0',
      auth: { kind: 'access-token' },
    });
    expect(parsed.config.phone.defaultRegion).toBe('CH');
  });

  it('§7.3 an invalid routing rule is reported with the path of the bad value', () => {
    const errors = errorsOf({
      routing: {
        rules: [
          { when: [{ field: 'Subscription_Level__c', op: 'eq', value: 'Gold' }], queue: 'Gold' },
          { when: [{ field: 'NPS__c', op: 'gte', value: 'high' }], queue: 'Retention' },
          { when: [{ field: 'Language__c', op: 'exists' }], skills: 'spanish' },
          { when: [{ field: 'Products__c', op: 'in', value: [] }] },
        ],
      },
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'routing.rules[1].when[0].value', message: "'gte' needs a number" },
        { path: 'routing.rules[2].skills', message: expect.stringContaining('expected array') },
        { path: 'routing.rules[3].when[0].value', message: "'in' needs a non-empty list of values" },
        { path: 'routing.rules[3].queue', message: 'a rule must choose a queue or at least one skill' },
      ]),
    );
    expect(errors.some((e) => e.path.startsWith('routing.rules[0]'))).toBe(false);
  });

  it('§1.3 names a missing required value and a bad region or URL readably', () => {
    const errors = errorsOf({ connections: { servicenow: { instanceUrl: 'alpine' } }, phone: { defaultRegion: 'XX' } });
    expect(errors).toEqual([
      { path: 'connections.servicenow.instanceUrl', message: 'must be an http(s) URL' },
      { path: 'connections.servicenow.user', message: 'required (string)' },
      { path: 'phone.defaultRegion', message: 'must be a country code such as US, ES or JP' },
    ]);
  });

  it('§1.3 names a section it does not know (a typo, or __proto__) instead of dropping it', () => {
    const parsed = parseConfig('{"routng": {}, "__proto__": {"polluted": true}}');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.map((e) => e.message).join(' ')).toMatch(/routng/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('§1.3 refuses text that is not JSON and a feature switch that is not a boolean', () => {
    expect(errorsOf('{"features":')[0].path).toBe('');
    expect(errorsOf({ features: { relate: { enabled: 'yes' } } })[0].path).toBe('features.relate.enabled');
  });

  it('§7.2 refuses an IVR lookup step without a field', () => {
    const errors = errorsOf({ ivr: { lookup: { salesforce: [{ identifier: 'ani', targets: [{ object: 'Contact', fields: [] }] }] } } });
    expect(errors).toEqual([{ path: 'ivr.lookup.salesforce[0].targets[0].fields', message: 'a lookup target needs at least one field' }]);
  });
});
