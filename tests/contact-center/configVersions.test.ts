import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { startMemoryEmulator } from '../support/emulator';
import { signInCc, type SignedInClient as CcClient } from '../support/cc';
import { placeCall } from './flow';

describe('configuration versions, drafts, rollback and audit (issue 18)', () => {
  let emulator: RunningEmulator;
  let admin: CcClient;
  let agent: CcClient;
  const config = async () => (await admin.call('getConfig')).config;

  beforeAll(async () => {
    emulator = await startMemoryEmulator();
    admin = await signInCc(emulator.url, 'admin@customercard.example');
    agent = await signInCc(emulator.url);
  });
  afterAll(() => emulator.close());

  const goldToSales = { name: 'Gold to sales', when: [{ fact: 'tier', op: 'eq', value: 'Gold' }], queue: 'sales' };

  it('a draft is tested before it is published; publishing and rolling back are new versions; calls follow the current one', async () => {
    const before = await config();
    const { current: first } = await admin.call('listConfigVersions');
    const draft = { ...before, ivr: { ...before.ivr, budgetMs: 10000, greeting: { ...before.ivr.greeting, nameFact: 'fullName' } }, routing: { ...before.routing, rules: [goldToSales] } };
    const saved = await admin.send('putConfigDraft', { body: draft });
    expect(saved.status).toBe(200);
    expect(saved.body.draft.changes.map((c) => c.path)).toEqual(expect.arrayContaining(['ivr.greeting.nameFact', 'routing.rules[0].name']));

    // The draft's decision, before anyone's call follows it.
    const tested = await admin.call('testLookup', { body: { value: '(415) 555-1000', draft: true } });
    expect(tested).toMatchObject({ kind: 'ani', draft: true, outcome: 'identified', facts: { tier: 'Gold' }, routing: { queue: 'sales', reasons: ['Gold to sales: queue sales'] } });
    expect(tested.greeting).toMatch(/^Hola Maria García,/);
    expect(tested.crms.map((c) => c.crm)).toEqual(['salesforce', 'servicenow', 'dynamics', 'zendesk']);
    // Each CRM's searches go as one batch (Composite Batch, the Batch API); the console shows what each carried.
    const partsOf = (crm: number) => tested.crms[crm].requests.flatMap((r) => r.parts ?? []);
    expect(tested.crms[0].requests.some((r) => r.url.endsWith('/composite/batch'))).toBe(true);
    expect(partsOf(0).map((p) => new URL(p.url).pathname.split('/').pop())).toEqual(['search', 'query']);
    expect(partsOf(0).every((p) => p.method === 'GET' && p.status === 200)).toBe(true);
    expect(partsOf(1).map((p) => new URL(p.url).pathname)).toEqual(['/api/now/table/csm_consumer', '/api/now/table/customer_contact', '/api/now/table/customer_account']);
    const published = await admin.call('testLookup', { body: { value: '(415) 555-1000' } });
    expect(published.routing.queue).not.toBe('sales');
    expect((await placeCall(agent, '(415) 555-1000')).routing?.queue).toBe(published.routing.queue);

    const { version } = await admin.call('publishConfigDraft');
    expect(version).toMatchObject({ version: first + 1, action: 'publish', author: { name: admin.agent.name } });
    expect((await admin.send('getConfigDraft')).status).toBe(404);
    const routed = await placeCall(agent, '(415) 555-1000');
    expect(routed.routing?.queue).toBe('sales');
    expect(routed.ivr?.greeting).toMatch(/^Hola Maria García,/);

    const rolled = await admin.call('rollbackConfig', { params: { version: String(first) } });
    expect(rolled.version).toMatchObject({ version: first + 2, action: 'rollback', rollbackOf: first });
    expect(rolled.version.changes.map((c) => c.path)).toContain('routing.rules[0].name');
    expect((await placeCall(agent, '(415) 555-1000')).routing?.queue).toBe(published.routing.queue);
    expect(await config()).toEqual(before);

    const { versions } = await admin.call('listConfigVersions');
    expect(versions.slice(0, 3).map((v) => v.action)).toEqual(['rollback', 'publish', 'initial']);
    expect((await admin.call('getConfigVersion', { params: { version: String(first + 1) } })).version.config.routing.rules).toEqual([{ ...goldToSales, when: [{ ...goldToSales.when[0] }], stop: false }]);

    // Agents read who changed what, never a secret.
    const { entries } = await agent.call('getConfigAudit');
    expect(entries.slice(0, 3).map((e) => [e.action, e.version, e.actor.name])).toEqual([
      ['rollback', first + 2, admin.agent.name],
      ['publish', first + 1, admin.agent.name],
      ['draft', undefined, admin.agent.name],
    ]);
    expect((await agent.send('listConfigVersions')).status).toBe(403);
    expect((await agent.send('testLookup', { body: { value: '(415) 555-1000' } })).status).toBe(403);
  });

  it('never returns a secret in a diff or the audit', async () => {
    const before = await config();
    const withSecret = { ...before, connections: { ...before.connections, zendesk: { baseUrl: 'https://acme.zendesk.example', email: 'ops@acme.example', apiToken: 'zd-s3cret' } } };
    const res = await admin.send('putConfig', { body: withSecret });
    expect(res.status).toBe(200);
    const everything = JSON.stringify([(await admin.call('listConfigVersions')).versions, (await agent.call('getConfigAudit')).entries]);
    expect(everything).not.toContain('zd-s3cret');
    expect(everything).toContain('********');
    expect(JSON.stringify(await agent.call('getConfig'))).not.toContain('zd-s3cret');
    await admin.call('putConfig', { body: before });
  });

  it('refuses a bad draft with the path of each error, and keeps the draft as it was', async () => {
    const before = await config();
    await admin.call('putConfigDraft', { body: before });
    const six = ['billing', 'technical', 'german', 'french', 'sales', 'japanese'].map((name, i) => ({ name, priority: i + 1 }));
    const res = await admin.send('putConfigDraft', { body: { ...before, routing: { defaultQueue: 'nowhere', rules: [{ when: [{ fact: 'tier', op: 'exists' }], skills: six }] } } });
    expect(res.status).toBe(400);
    expect(res.body.errors!.map((e) => e.path)).toEqual(['routing.defaultQueue', 'routing.rules[0].skills']);
    expect((await admin.call('getConfigDraft')).draft.changes).toEqual([]);
    await admin.call('discardConfigDraft');
  });

  it('refuses lookup plan objects and fields, and facts\' fields, the CRM does not have; Test connection signs in and reads one record', async () => {
    const before = await config();
    const lookup = {
      ...before.ivr.lookup,
      salesforce: [{ identifier: 'ani', targets: [{ object: 'Contact', fields: ['Phone', 'Fax_Number__c'] }, { object: 'Subscriber__c', fields: ['Line__c'] }] }],
    };
    const res = await admin.send('putConfig', { body: { ...before, ivr: { ...before.ivr, lookup } } });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { path: 'ivr.lookup.salesforce[0].targets[0].fields[1]', message: "Contact has no field 'Fax_Number__c'" },
      { path: 'ivr.lookup.salesforce[0].targets[1].object', message: "Salesforce has no object 'Subscriber__c'" },
    ]);
    expect(await config()).toEqual(before);

    // A CRM that cannot be reached checks nothing: the plan is saved with a warning, never refused for it.
    const down = { ...before, connections: { servicenow: { instanceUrl: 'http://127.0.0.1:9', user: 'admin', password: 'x' } }, ivr: { ...before.ivr, lookup } };
    const saved = await admin.send('putConfig', { body: { ...down, ivr: { ...down.ivr, lookup: { ...lookup, salesforce: before.ivr.lookup.salesforce, servicenow: [{ identifier: 'email', targets: [{ object: 'u_subscriber', fields: ['u_email'] }] }] } } } });
    expect(saved.status).toBe(200);
    expect(saved.body.warnings).toEqual([{ path: 'ivr.lookup.servicenow', message: expect.stringMatching(/^ServiceNow could not be reached .*: its objects and fields were not checked$/) }]);
    expect((await admin.call('testConnection', { body: { crm: 'servicenow' } })).ok).toBe(false);
    await admin.call('putConfig', { body: before });

    // ServiceNow's plan is checked against its dictionary: an empty table (no interaction yet) and
    // the fields a table inherits (customer_contact extends sys_user) are told apart too.
    const servicenowPlan = (targets: { object: string; fields: string[] }[]) => ({ ...before, ivr: { ...before.ivr, lookup: { ...before.ivr.lookup, servicenow: [{ identifier: 'email' as const, targets }] } } });
    const unknownOnEmpty = await admin.send('putConfig', { body: servicenowPlan([{ object: 'interaction', fields: ['number', 'u_no_such_column'] }]) });
    expect(unknownOnEmpty.status).toBe(400);
    expect(unknownOnEmpty.body.errors).toEqual([{ path: 'ivr.lookup.servicenow[0].targets[0].fields[1]', message: "interaction has no field 'u_no_such_column'" }]);
    const inherited = await admin.send('putConfig', { body: servicenowPlan([{ object: 'customer_contact', fields: ['email', 'user_name', 'account'] }]) });
    expect(inherited.status).toBe(200);
    expect(inherited.body.warnings).toEqual([]);
    await admin.call('putConfig', { body: before });

    // A fact's new field must be on an object the plan searches: Contact has Title, none has Region__c.
    const fact = (salesforce: string[]) => ({ ...before, facts: { ...before.facts, role: { label: 'Role', salesforce, servicenow: [], zendesk: [], dynamics: [] } } });
    const unknownFact = await admin.send('putConfig', { body: fact(['Title', 'Region__c']) });
    expect(unknownFact.status).toBe(400);
    expect(unknownFact.body.errors).toEqual([{ path: 'facts.role.salesforce[1]', message: "no object the Salesforce lookup plan searches has a field 'Region__c'" }]);
    expect(await config()).toEqual(before);
    expect((await admin.send('putConfig', { body: fact(['Title', 'Account.Region__c']) })).status).toBe(200);
    await admin.call('putConfig', { body: before });

    for (const crm of ['salesforce', 'servicenow'] as const) {
      const tested = await admin.call('testConnection', { body: { crm } });
      expect(tested).toMatchObject({ crm, ok: true, record: { crm } });
      expect(tested.requests.length).toBeGreaterThan(0);
    }
  });
});
