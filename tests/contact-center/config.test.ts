import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { startMemoryEmulator } from '../support/emulator';
import { signInCc, type SignedInClient as CcClient } from '../support/cc';
import { placeCall } from './flow';


describe('admin configuration of routing rules (§7.3, ARCHITECTURE rule 7)', () => {
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

  it('§7.3 refuses six skills in one decision, an unknown skill or an unknown queue, with the path; nothing changes', async () => {
    const before = await config();
    const six = ['billing', 'technical', 'german', 'french', 'sales', 'japanese'].map((name, i) => ({ name, priority: i + 1 }));
    const rules = [
      { name: 'Everything for detractors', when: [{ field: 'NPS__c', op: 'lte', value: 6 }], queue: 'retention', skills: six },
      { name: 'Klingon', when: [{ field: 'NPS__c', op: 'gte', value: 9 }], skills: [{ name: 'klingon', priority: 1 }] },
      { name: 'Nowhere', when: [{ field: 'NPS__c', op: 'gte', value: 7 }], queue: 'vip-lounge' },
    ];
    const res = await admin.send('putConfig', { body: { ...before, routing: { defaultQueue: 'general', rules } } });
    expect(res.status).toBe(400);
    expect(res.body.errors!.map((e) => e.path)).toEqual(['routing.rules[0].skills', 'routing.rules[1].skills[0].name', 'routing.rules[2].queue']);
    expect(await config()).toEqual(before);

    const five = six.slice(0, 5);
    const ok = await admin.send('putConfig', { body: { ...before, routing: { defaultQueue: 'general', rules: [{ ...rules[0], skills: five }] } } });
    expect(ok.status).toBe(200);
    const interaction = await placeCall(agent, '(415) 555-1000');
    expect(interaction.routing).toMatchObject({ queue: 'retention', skills: ['billing', 'technical', 'german', 'french', 'sales'] });
  });

  it('refuses a bad configuration with every error and its path, and changes nothing', async () => {
    const before = await config();
    const bad = {
      ...before,
      phone: { defaultRegion: 'XX' },
      connections: { salesforce: { instanceUrl: 'ftp://org.example', auth: { kind: 'password' } } },
      routing: { defaultQueue: 'general', rules: [{ when: [], skills: [{ name: 'spanish', priority: 0 }] }, { when: [{ field: 'NPS__c', op: 'lte', value: 'low' }], queue: 'retention' }] },
    };
    const res = await admin.send('putConfig', { body: bad });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('invalid_config');
    expect(res.body.errors!.map((e) => e.path)).toEqual(
      expect.arrayContaining([
        'phone.defaultRegion',
        'connections.salesforce.instanceUrl',
        'connections.salesforce.auth.username',
        'routing.rules[0].when',
        'routing.rules[0].skills[0].priority',
        'routing.rules[1].when[0].value',
      ]),
    );
    expect(res.body.errors!.every((e) => e.message.length > 0)).toBe(true);
    expect(await config()).toEqual(before);
  });

  it('lets only an admin change the configuration', async () => {
    const before = await config();
    const res = await agent.send('putConfig', { body: { ...before, routing: { defaultQueue: 'sales', rules: [] } } });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ error: 'forbidden' });
    expect(await config()).toEqual(before);
    expect((await agent.send('getConfig')).status).toBe(200);
  });

  it('refuses a body that is not a configuration instead of resetting everything to defaults', async () => {
    const before = await config();
    for (const body of [null, '', 42, [], {}]) {
      const res = await admin.send('putConfig', { body });
      expect(res.status).toBe(400);
      expect(['invalid_config', 'invalid_json']).toContain(res.body.error);
    }
    expect(await config()).toEqual(before);
  });
});
