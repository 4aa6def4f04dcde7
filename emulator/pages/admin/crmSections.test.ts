import { describe, expect, it } from 'vitest';
import { defaultConfig, redactSecrets, type Config } from '../../../shared';
import { withFormValues } from './formToConfig';
import { formPathOf, readSectionForm, renderSectionForm } from './sectionForm';
import { SECTIONS } from './sections';
import { submitted } from './testing/submittedForm';

const base = defaultConfig();
const connected: Config = {
  ...base,
  connections: {
    servicenow: { instanceUrl: 'https://acme.service-now.example', user: 'cc.integration', password: 'sn-s3cret' },
    zendesk: { baseUrl: 'https://acme.zendesk.example', email: 'ops@acme.example', apiToken: 'zd-s3cret' },
  },
};
const context = (config: Config) => ({ config, queues: ['support', 'sales'], skills: ['billing'] });

/** A section's form as the console shows it, then what saving it unchanged (or with `edits`) would store. */
function roundTrip(key: 'connections' | 'lookup' | 'facts', config: Config, edits: Record<string, string> = {}) {
  const fields = SECTIONS[key].fields(context(config));
  const html = renderSectionForm({ action: `/admin/${key}`, fields, config: key === 'connections' ? redactSecrets(config) : config });
  const body = { ...submitted(html), ...edits };
  const read = readSectionForm(fields, body);
  return { html, body, read, saved: withFormValues(config, fields, read.values) };
}

describe('Connections form: URLs and credentials, secrets write-only', () => {
  it('never shows a secret, and saving unchanged keeps every stored one', () => {
    const { html, saved, read } = roundTrip('connections', connected);
    expect(html).not.toContain('s3cret');
    expect(html).not.toContain('********');
    expect(html).toMatch(/type="password" autocomplete="new-password" id="f-connections-servicenow-password"/);
    expect(html).toContain('A value is stored and never shown: leave empty to keep it.');
    expect(read.errors).toEqual([]);
    expect(saved.connections).toEqual(connected.connections);
  });

  it('a typed secret replaces the stored one and is not kept for showing again; an unticked CRM is disconnected', () => {
    const { saved, read } = roundTrip('connections', connected, { 'connections.servicenow.password': 'n3w-pass' });
    expect(saved.connections.servicenow?.password).toBe('n3w-pass');
    expect(read.typed['connections.servicenow.password']).toBe('');
    const { body } = roundTrip('connections', connected);
    delete body['connections.zendesk'];
    const fields = SECTIONS.connections.fields(context(connected));
    expect(withFormValues(connected, fields, readSectionForm(fields, body).values).connections).toEqual({ servicenow: connected.connections.servicenow });
  });

  it('a refused connection shows each error beside its own field, not beside the Connect box', () => {
    const fields = SECTIONS.connections.fields(context(connected));
    const errors = [{ path: 'connections.servicenow.user', message: 'required (string)' }];
    const html = renderSectionForm({ action: '/admin/connections', fields, config: redactSecrets(connected), errors });
    expect(html).toContain('<div class="slds-form-element__help" id="f-connections-servicenow-user-error">connections.servicenow.user: required (string)</div>');
  });

  it('ticking a new CRM connects it with what was typed', () => {
    const { saved } = roundTrip('connections', connected, {
      'connections.salesforce': 'on',
      'connections.salesforce.instanceUrl': 'https://acme.my.salesforce.example',
      'connections.salesforce.auth.kind': 'password',
      'connections.salesforce.auth.username': 'cc@acme.example',
      'connections.salesforce.auth.password': 'sf-pass',
    });
    expect(saved.connections.salesforce).toMatchObject({ instanceUrl: 'https://acme.my.salesforce.example', auth: { kind: 'password', username: 'cc@acme.example', password: 'sf-pass' } });
  });
});

describe('Lookup plan form: ordered steps of objects, fields searched and returned', () => {
  it('reads back the plan it shows, with no returned fields where there were none', () => {
    const { saved, read } = roundTrip('lookup', base);
    expect(read.errors).toEqual([]);
    expect(saved.ivr.lookup).toEqual(base.ivr.lookup);
  });

  it('adds a custom object to a step and reorders the steps; server errors find their field', () => {
    const servicenowSteps = base.ivr.lookup.servicenow.length;
    const { saved, read } = roundTrip('lookup', base, {
      'ivr.lookup.servicenow[0].targets[3].object': 'u_subscriber',
      'ivr.lookup.servicenow[0].targets[3].fields': 'u_line_number, u_mobile',
      'ivr.lookup.servicenow[0].targets[3].returning': 'u_plan',
      'ivr.lookup.servicenow[1].__order': '0',
    });
    expect(saved.ivr.lookup.servicenow.map((s) => s.identifier)).toEqual(['account-number', 'ani', 'case-number', 'email'].slice(0, servicenowSteps));
    expect(saved.ivr.lookup.servicenow[1].targets[3]).toEqual({ object: 'u_subscriber', fields: ['u_line_number', 'u_mobile'], returning: ['u_plan'] });
    expect(formPathOf('ivr.lookup.servicenow[1].targets[3].fields[1]', read.renamed)).toBe('ivr.lookup.servicenow[0].targets[3].fields[1]');
  });
});

describe('Customer facts form: each fact and its field in every CRM', () => {
  it('reads back the facts it shows', () => {
    const { saved, read } = roundTrip('facts', base);
    expect(read.errors).toEqual([]);
    expect(saved.facts).toEqual(base.facts);
  });

  it('adds a fact with a dot-walked ServiceNow field; a server error on it is shown at its place in the form', () => {
    const last = Object.keys(base.facts).length;
    const { saved, read } = roundTrip('facts', base, { [`facts[${last}].name`]: 'region', [`facts[${last}].label`]: 'Region', [`facts[${last}].servicenow`]: 'account.u_region, u_region' });
    expect(saved.facts.region).toEqual({ label: 'Region', salesforce: [], servicenow: ['account.u_region', 'u_region'], zendesk: [], dynamics: [] });
    expect(formPathOf('facts.region.servicenow[0]', read.renamed)).toBe(`facts[${last}].servicenow[0]`);
  });

  it('refuses a fact named twice or without a name, beside the name', () => {
    const { read } = roundTrip('facts', base, { 'facts[1].name': 'firstName', [`facts[${Object.keys(base.facts).length}].label`]: 'Unnamed' });
    expect(read.errors).toEqual([
      { path: 'facts[1].name', message: "fact 'firstName' is listed twice" },
      { path: `facts[${Object.keys(base.facts).length}].name`, message: 'a fact needs a name' },
    ]);
  });
});

describe('Lookup plan form: data action steps', () => {
  const withSteps: Config = {
    ...base,
    dataActions: { ...base.dataActions, actions: [{ id: 'loyalty', name: 'Loyalty', input: {}, output: {}, request: { method: 'GET', url: 'https://loyalty.example/m', headers: {} }, mapping: '$', notFoundStatuses: [404], timeoutMs: 1500 }] },
    ivr: { ...base.ivr, lookup: { ...base.ivr.lookup, actions: [{ action: 'loyalty', identifier: 'ani', input: { phone: 'ani' }, facts: { loyaltyTier: 'tier' }, identifies: true }] } },
  };

  it('shows each step and keeps it when saved unchanged', () => {
    const { html, read, saved } = roundTrip('lookup', withSteps);
    expect(html).toContain('Data action step 1');
    expect(read.errors).toEqual([]);
    expect(saved.ivr.lookup.actions).toEqual(withSteps.ivr.lookup.actions);
  });

  it('an input that is not JSON is refused beside it, with what was typed kept', () => {
    const { body } = roundTrip('lookup', withSteps);
    const inputField = Object.keys(body).find((name) => name.startsWith('ivr.lookup.actions') && name.endsWith('.input'))!;
    const { read } = roundTrip('lookup', withSteps, { [inputField]: '{"phone": ani' });
    expect(read.errors).toEqual([expect.objectContaining({ message: expect.stringContaining('not valid JSON') })]);
    expect(read.typed[inputField]).toBe('{"phone": ani');
  });
});
