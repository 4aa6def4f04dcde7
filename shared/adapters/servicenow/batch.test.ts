import { describe, expect, it } from 'vitest';
import { defaultStep } from '../../ivr/lookupPlan';
import { jsonResponse, recordedSleep, scriptedFetch, type FetchCall, type Reply } from '../fakeFetch';
import { createServiceNowAdapters } from './index';

const INSTANCE = 'https://dev1234.service-now.example';
const ANA = { sys_id: '1'.repeat(32), name: 'Ana Souza', phone: '(415) 555-1000' };

function adapters(replies: Reply[] | ((call: FetchCall) => Reply)) {
  const fake = scriptedFetch(replies);
  const config = { instanceUrl: INSTANCE, user: 'admin', password: 'emulator', http: { fetch: fake.fetch, sleep: recordedSleep().sleep } };
  return { ...createServiceNowAdapters(config), calls: fake.calls };
}

const base64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');
const itemsOf = (call: FetchCall) => (JSON.parse(call.body ?? '{}') as { rest_requests: { id: string; method: string; url: string }[] }).rest_requests;

/** An instance's batch answer: each item's list, Base64-encoded, as the Batch API returns it. */
const batchAnswer = (call: FetchCall, rowsOf: (url: URL) => unknown[], statusOf: (url: URL) => number = () => 200) =>
  jsonResponse(200, {
    batch_request_id: '1',
    serviced_requests: itemsOf(call).map((item) => {
      const url = new URL(item.url, INSTANCE);
      const status = statusOf(url);
      const body = status < 400 ? { result: rowsOf(url) } : { error: { message: 'Invalid table', detail: null }, status: 'failure' };
      return { id: item.id, body: base64(body), status_code: status, status_text: 'OK', headers: [], execution_time: 3 };
    }),
    unserviced_requests: [],
  });

describe('ServiceNow lookup through the Batch API (§7.1)', () => {
  it('sends the tables of an ANI step as one batch of Table API lists and reads each answer', async () => {
    const sn = adapters((call) => batchAnswer(call, (url) => (url.pathname.endsWith('/csm_consumer') ? [ANA] : [])));
    const found = await sn.records.lookup(defaultStep('servicenow', 'ani'), '+14155551000');
    expect(sn.calls).toHaveLength(1);
    expect(sn.calls[0]).toMatchObject({ method: 'POST', url: `${INSTANCE}/api/now/v1/batch` });
    expect(sn.calls[0].headers.authorization).toBe('Basic YWRtaW46ZW11bGF0b3I=');
    const items = itemsOf(sn.calls[0]);
    expect(items.map((i) => [i.method, new URL(i.url, INSTANCE).pathname])).toEqual([
      ['GET', '/api/now/table/csm_consumer'],
      ['GET', '/api/now/table/customer_contact'],
      ['GET', '/api/now/table/customer_account'],
    ]);
    expect(new URL(items[0].url, INSTANCE).searchParams.get('sysparm_query')?.split('^OR')).toContain('phoneSTARTSWITH(415) 555-1000');
    expect(found).toEqual([expect.objectContaining({ object: 'csm_consumer', id: ANA.sys_id, name: 'Ana Souza' })]);
  });

  it('asks list by list, from then on, an instance that does not serve batches', async () => {
    const sn = adapters((call) =>
      call.url.endsWith('/api/now/v1/batch')
        ? jsonResponse(400, { error: { message: 'Requested URI does not represent any resource', detail: null }, status: 'failure' })
        : jsonResponse(200, { result: new URL(call.url).pathname.endsWith('/csm_consumer') ? [ANA] : [] }),
    );
    const first = await sn.records.lookup(defaultStep('servicenow', 'ani'), '+14155551000');
    const again = await sn.records.lookup(defaultStep('servicenow', 'ani'), '+14155551000');
    expect(sn.calls.map((c) => new URL(c.url).pathname)).toEqual([
      '/api/now/v1/batch',
      ...Array(2).fill(['/api/now/table/csm_consumer', '/api/now/table/customer_contact', '/api/now/table/customer_account']).flat(),
    ]);
    expect(first.map((r) => r.id)).toEqual([ANA.sys_id]);
    expect(again).toEqual(first);
  });

  it("raises an item's own error, and asks alone for the items a batch left unserviced", async () => {
    const failing = adapters((call) => batchAnswer(call, () => [], (url) => (url.pathname.endsWith('/customer_contact') ? 403 : 200)));
    await expect(failing.records.lookup(defaultStep('servicenow', 'ani'), '+14155551000')).rejects.toMatchObject({ crm: 'servicenow', status: 403, code: 'Invalid table' });

    const partial = adapters((call) =>
      call.method === 'POST'
        ? jsonResponse(200, { batch_request_id: '1', serviced_requests: [], unserviced_requests: itemsOf(call).map((i) => i.id) })
        : jsonResponse(200, { result: new URL(call.url).pathname.endsWith('/csm_consumer') ? [ANA] : [] }),
    );
    expect((await partial.records.lookup(defaultStep('servicenow', 'ani'), '+14155551000')).map((r) => r.id)).toEqual([ANA.sys_id]);
    expect(partial.calls).toHaveLength(4);
  });
});
