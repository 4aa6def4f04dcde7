import type { Connection } from 'jsforce';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { login } from '../salesforce/connect';
import { startMemoryEmulator } from '../support/emulator';
import { startFaultyProxy, type FaultyProxy } from '../support/faultyProxy';
import { signInCc, type SignedInClient as CcClient } from '../support/cc';
import { connectSalesforce, handleCall, settledLinks, setState, type Interaction, type Ref } from '../contact-center/flow';

describe('write-back through a CRM that fails 30% of requests (§2.3: retried, never lost, never twice)', () => {
  let emulator: RunningEmulator;
  let proxy: FaultyProxy;
  let agent: CcClient;
  let sf: Connection;

  beforeAll(async () => {
    emulator = await startMemoryEmulator();
    proxy = await startFaultyProxy({ target: emulator.url, failRate: 0.3, seed: 2026 });
    agent = await signInCc(emulator.url);
    await connectSalesforce(await signInCc(emulator.url, 'admin@customercard.example'), proxy.url);
    sf = await login(emulator);
    await setState(agent, 'available');
  });
  afterAll(async () => {
    await emulator.close();
    await proxy.close();
  });

  it('ends with exactly one activity per linked record', async () => {
    const contacts = (await sf.query<{ Id: string; Phone: string; AccountId: string | null }>(
      "SELECT Id, Phone, AccountId FROM Contact WHERE AccountId != null ORDER BY LastName LIMIT 4",
    )).records;
    const calls: Interaction[] = [];
    for (const contact of contacts) {
      const records: Ref[] = [
        { crm: 'salesforce', object: 'Contact', id: contact.Id },
        { crm: 'salesforce', object: 'Account', id: contact.AccountId! },
      ];
      calls.push(await handleCall(agent, contact.Phone, records));
    }
    const links = await settledLinks(agent, calls, 40_000);
    expect(links).toHaveLength(8);
    expect(links.every((l) => l.state === 'written')).toBe(true);

    const tasks = (await sf.query<{ Id: string; WhoId: string | null; WhatId: string | null; Customer_Card_Key__c: string }>(
      'SELECT Id, WhoId, WhatId, Customer_Card_Key__c FROM Task WHERE Customer_Card_Key__c != null',
    )).records;
    for (const l of links) {
      const written = tasks.filter((t) => t.Customer_Card_Key__c === l.id);
      expect(written, `activities for ${l.id}`).toHaveLength(1);
      expect(written[0].Id).toBe(l.activity?.id);
      expect(l.record.object === 'Contact' ? written[0].WhoId : written[0].WhatId).toBe(l.record.id);
    }
    expect(tasks).toHaveLength(8);
    // The faults really happened, including writes done whose answer never came back.
    expect(proxy.counts.unavailable).toBeGreaterThan(0);
    expect(proxy.counts['lost-response']).toBeGreaterThan(0);
    expect(proxy.counts.timeout).toBeGreaterThan(0);
  });
});
