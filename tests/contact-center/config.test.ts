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

  it('keeps the five most important of six requested skills, and says which was dropped', async () => {
    const six = ['billing', 'technical', 'german', 'french', 'sales', 'japanese'].map((name, i) => ({ name, priority: i + 1 }));
    const rules = [{ name: 'Everything for detractors', when: [{ field: 'NPS__c', op: 'lte', value: 6 }], queue: 'retention', skills: six }];
    const res = await admin.send('putConfig', { body: { ...(await config()), routing: { defaultQueue: 'general', rules } } });
    expect(res.status).toBe(200);

    const interaction = await placeCall(agent, '(415) 555-1000');
    expect(interaction.routing?.queue).toBe('retention');
    expect(interaction.routing?.skills).toEqual(['billing', 'technical', 'german', 'french', 'sales']);
    expect(interaction.routing?.reasons).toContain('skill japanese dropped: at most 5 skills');
    expect(interaction.participantData).toMatchObject({ NPS__c: 0, crmRecord: { crm: 'salesforce', object: 'Contact' } });
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
