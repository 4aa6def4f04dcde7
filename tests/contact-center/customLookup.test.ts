import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { startMemoryEmulator } from '../support/emulator';
import { CC_ADMIN, signInCc, type SignedInClient as CcClient } from '../support/cc';
import { basic, callJson } from '../support/servicenowBrowser';
import { placeCall } from './flow';

describe('a custom table added to the lookup plan identifies a caller end to end (§7.1, issue 18)', () => {
  let emulator: RunningEmulator;
  let admin: CcClient;
  let agent: CcClient;

  beforeAll(async () => {
    emulator = await startMemoryEmulator();
    admin = await signInCc(emulator.url, CC_ADMIN.username, CC_ADMIN.password);
    agent = await signInCc(emulator.url);
  });
  afterAll(() => emulator.close());

  it('ServiceNow u_ table: once in the plan, a call and Test lookup find the caller in it', async () => {
    const row = await callJson<{ result: { sys_id: string } }>(`${emulator.url}/api/now/table/u_consumer_import`, {
      method: 'POST',
      auth: basic('admin', 'emulator'),
      body: { u_first_name: 'Inês', u_last_name: 'Carvalho', u_email: 'ines.carvalho@example.pt', u_phone: '+351 21 123 4567', u_city: 'Lisboa' },
    });
    const ines = '+351211234567';
    expect((await placeCall(agent, ines)).ivr?.outcome).toBe('not-identified');

    const { config } = await admin.call('getConfig');
    const [ani, ...rest] = config.ivr.lookup.servicenow;
    const custom = { object: 'u_consumer_import', fields: ['u_phone'], returning: ['u_first_name', 'u_city'] };
    const saved = await admin.send('putConfig', { body: { ...config, ivr: { ...config.ivr, lookup: { ...config.ivr.lookup, servicenow: [{ ...ani, targets: [...ani.targets, custom] }, ...rest] } } } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);

    const call = await placeCall(agent, ines);
    expect(call.ivr?.outcome).toBe('identified');
    expect(call.ivr?.matches).toEqual([expect.objectContaining({ crm: 'servicenow', object: 'u_consumer_import', id: row.result.sys_id })]);
    const tested = await admin.call('testLookup', { body: { value: ines } });
    expect(tested.identified).toMatchObject({ object: 'u_consumer_import', id: row.result.sys_id });
    // The plan's ServiceNow tables go as one Batch API request; the console shows the lists inside it.
    const [batch] = tested.crms.find((c) => c.crm === 'servicenow')!.requests;
    expect(batch).toMatchObject({ method: 'POST', status: 200 });
    expect(new URL(batch.url).pathname).toBe('/api/now/v1/batch');
    expect(batch.parts?.some((p) => p.method === 'GET' && p.url.includes('/api/now/table/u_consumer_import?') && p.status === 200)).toBe(true);
  });
});
