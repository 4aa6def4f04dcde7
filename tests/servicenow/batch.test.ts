import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { startMemoryEmulator } from '../support/emulator';
import { basicAuth, tableApi } from './tableApi';

/**
 * The Batch API, after the documented example: a GET and a POST with a Base64 body in one
 * call, answers Base64-encoded per item, exclude_response_headers honoured.
 * https://www.servicenow.com/docs/r/api-reference/rest-apis/batch-api.html
 */
let emulator: RunningEmulator;
let api: ReturnType<typeof tableApi>;

beforeAll(async () => {
  emulator = await startMemoryEmulator();
  api = tableApi(emulator.url);
});
afterAll(() => emulator.close());

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');
const decode = (body: string) => JSON.parse(Buffer.from(body, 'base64').toString('utf8'));
const json = [{ name: 'Content-Type', value: 'application/json' }, { name: 'Accept', value: 'application/json' }];

describe('POST /api/now/v1/batch', () => {
  it('runs each request in order and answers serviced_requests with Base64 bodies', async () => {
    const res = await api.post('/api/now/v1/batch', {
      batch_request_id: '1',
      rest_requests: [
        { id: '11', headers: json, url: '/api/now/table/sn_customerservice_case?sysparm_limit=1', method: 'GET' },
        { id: '12', exclude_response_headers: true, headers: json, url: '/api/now/table/sn_customerservice_case', method: 'POST', body: b64({ short_description: 'My computer broke', priority: '1' }) },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.batch_request_id).toBe('1');
    expect(res.body.unserviced_requests).toEqual([]);
    const [read, created] = res.body.serviced_requests;
    expect(read).toMatchObject({ id: '11', status_code: 200, status_text: 'OK', execution_time: expect.any(Number) });
    expect(read.headers).toEqual(expect.arrayContaining([{ name: 'x-total-count', value: '16' }]));
    expect(decode(read.body).result).toHaveLength(1);
    expect(created).toMatchObject({ id: '12', status_code: 201, status_text: 'Created', headers: [] });
    const record = decode(created.body).result;
    expect(record).toMatchObject({ short_description: 'My computer broke', priority: '1', sys_created_by: 'admin' });
    expect((await api.get(`/api/now/table/sn_customerservice_case/${record.sys_id}`)).status).toBe(200);
  });

  it('runs every item as the batch’s user, with that user’s ACLs', async () => {
    const agent = tableApi(emulator.url, basicAuth('agent'));
    const res = await agent.post('/api/now/v1/batch', {
      batch_request_id: 'agent',
      rest_requests: [{ id: 'p', headers: json, url: '/api/now/table/sys_properties', method: 'POST', body: b64({ name: 'x', value: 'y' }) }],
    });
    const [item] = res.body.serviced_requests;
    expect([item.status_code, decode(item.body).error.detail]).toEqual([403, 'ACL Exception Insert Failed due to security constraints']);
  });

  it('returns the items past the output limit as unserviced_requests', async () => {
    const res = await api.post('/api/now/v1/batch', {
      batch_request_id: 'small',
      rest_requests: [
        { id: 'a', url: '/api/now/table/sn_customerservice_case?sysparm_limit=1&sysparm_fields=number', method: 'GET' },
        { id: 'b', url: '/api/now/table/sn_customerservice_case', method: 'GET' },
        { id: 'c', url: '/api/now/table/sn_customerservice_case?sysparm_limit=1', method: 'GET' },
      ],
    }, { 'X-BATCHREQUEST-MAX-OUTPUT-SIZE': '2000' });
    expect(res.body.serviced_requests.map((r: { id: string }) => r.id)).toEqual(['a']);
    expect(res.body.unserviced_requests).toEqual(['b', 'c']);
  });

  it('refuses a body without rest_requests, and items that leave the instance or nest a batch', async () => {
    expect((await api.post('/api/now/v1/batch', { batch_request_id: 'x' })).status).toBe(400);
    const res = await api.post('/api/now/v1/batch', {
      batch_request_id: 'bad',
      rest_requests: [
        { id: 'out', url: 'http://example.com/api/now/table/sys_user', method: 'GET' },
        { id: 'nest', url: '/api/now/v1/batch', method: 'POST', body: b64({ rest_requests: [] }) },
      ],
    });
    expect(res.body.serviced_requests.map((r: { id: string; status_code: number }) => [r.id, r.status_code])).toEqual([['out', 400], ['nest', 400]]);
  });
});
