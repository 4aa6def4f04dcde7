import jsforce from 'jsforce';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENT } from '../salesforce/connect';
import { spawnEmulator, type EmulatorProcess } from '../support/emulator';
import { startFaultyProxy, type FaultyProxy } from '../support/faultyProxy';
import { signInCc } from '../support/cc';
import { act, connectSalesforce, link, linksOf, placeCall, settledLinks, setState, type Ref } from '../contact-center/flow';

/** Each test starts the emulator as its own process, maybe several times: slow on a busy 2-core machine. */
const SPAWN_TIMEOUT_MS = 90_000;

describe('a restart in the middle of the write-back outbox loses nothing (§2.3)', () => {
  let dir: string;
  let emulator: EmulatorProcess;
  let proxy: FaultyProxy;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cc-outbox-'));
  });
  afterAll(async () => {
    await emulator?.stop();
    await proxy?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const salesforce = async (url: string) => {
    const conn = new jsforce.Connection({ loginUrl: url, version: '62.0' });
    await conn.login(AGENT.username, AGENT.password);
    return conn;
  };

  it('writes every pending activity exactly once after kill -9 and a restart', async () => {
    const env = { EMULATOR_DATA: join(dir, 'emulator.json') };
    emulator = await spawnEmulator(env);
    proxy = await startFaultyProxy({ target: emulator.url, failRate: 0 });
    await connectSalesforce(await signInCc(emulator.url, 'admin@customercard.example'), proxy.url);
    const agent = await signInCc(emulator.url);
    await setState(agent, 'available');
    const sf = await salesforce(emulator.url);
    const [contact] = (await sf.query<{ Id: string; Phone: string; AccountId: string }>(
      "SELECT Id, Phone, AccountId FROM Contact WHERE Email = 'maria.garcia@acme.example'",
    )).records;
    const [opportunity] = (await sf.query<{ Id: string }>(`SELECT Id FROM Opportunity WHERE AccountId = '${contact.AccountId}' LIMIT 1`)).records;
    const records: Ref[] = [
      { crm: 'salesforce', object: 'Contact', id: contact.Id },
      { crm: 'salesforce', object: 'Account', id: contact.AccountId },
      { crm: 'salesforce', object: 'Opportunity', id: opportunity.Id },
    ];
    const call = await placeCall(agent, contact.Phone);
    await act(agent, call, 'answer');
    for (const record of records) await link(agent, call, record);
    await act(agent, call, 'hangup');

    // The CRM becomes unreachable just as the call reaches its write-back moment.
    proxy.failRate = 1;
    proxy.faults = ['unavailable'];
    await act(agent, call, 'acw/complete');
    expect((await linksOf(agent, call)).map((l) => l.state)).toEqual(['due', 'due', 'due']);

    expect(await emulator.stop('SIGKILL')).toBeNull();
    proxy.failRate = 0;
    emulator = await spawnEmulator(env);
    proxy.target = emulator.url;

    const links = await settledLinks(await signInCc(emulator.url), [call], 20_000);
    expect(links.map((l) => l.state)).toEqual(['written', 'written', 'written']);
    const restarted = await salesforce(emulator.url);
    for (const l of links) {
      const tasks = await restarted.query<{ WhoId: string | null; WhatId: string | null }>(`SELECT WhoId, WhatId FROM Task WHERE Customer_Card_Key__c = '${l.id}'`);
      expect(tasks.totalSize, l.id).toBe(1);
      expect(l.record.object === 'Contact' ? tasks.records[0].WhoId : tasks.records[0].WhatId).toBe(l.record.id);
    }
    expect(proxy.counts.unavailable).toBeGreaterThan(0);
  }, SPAWN_TIMEOUT_MS);
});
