import { describe, expect, it } from 'vitest';
import { recordingFetch, type RecordedRequest } from './recordingFetch';

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
const base64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');

describe('Test lookup notes the requests inside a batch (issue 18)', () => {
  it("ServiceNow's Batch API: each list the batch carried, with its status and time, found by the item's id", async () => {
    const requests: RecordedRequest[] = [];
    const fetch = recordingFetch(requests, async () =>
      json({ batch_request_id: '1', serviced_requests: [{ id: 'b', status_code: 200, execution_time: 4, body: base64({ result: [] }) }, { id: 'a', status_code: 403, execution_time: 1, body: '' }], unserviced_requests: [] }),
    );
    const rest_requests = [{ id: 'a', method: 'GET', url: '/api/now/table/csm_consumer?sysparm_query=phoneSTARTSWITH(415)' }, { id: 'b', method: 'GET', url: '/api/now/table/customer_contact?sysparm_limit=50' }];
    const response = await fetch('https://dev1.service-now.example/api/now/v1/batch', { method: 'POST', headers: { Authorization: 'Basic c2VjcmV0' }, body: JSON.stringify({ batch_request_id: '1', rest_requests }) });
    expect((await response.json()).serviced_requests).toHaveLength(2);
    expect(requests).toEqual([
      {
        method: 'POST', url: 'https://dev1.service-now.example/api/now/v1/batch', status: 200, ms: expect.any(Number),
        parts: [
          { method: 'GET', url: 'https://dev1.service-now.example/api/now/table/csm_consumer?sysparm_query=phoneSTARTSWITH(415)', status: 403, ms: 1 },
          { method: 'GET', url: 'https://dev1.service-now.example/api/now/table/customer_contact?sysparm_limit=50', status: 200, ms: 4 },
        ],
      },
    ]);
  });

  it("Salesforce's Composite Batch: each subrequest under /services/data/ with its status; other posts carry no parts", async () => {
    const requests: RecordedRequest[] = [];
    const fetch = recordingFetch(requests, async () => json({ hasErrors: false, results: [{ statusCode: 200, result: { searchRecords: [] } }, { statusCode: 200, result: { records: [] } }] }));
    const batchRequests = [{ method: 'GET', url: 'v62.0/search?q=FIND' }, { method: 'GET', url: 'v62.0/query?q=SELECT' }];
    await fetch('https://acme.my.salesforce.example/services/data/v62.0/composite/batch', { method: 'POST', body: JSON.stringify({ batchRequests }) });
    await fetch('https://acme.my.salesforce.example/services/oauth2/token', { method: 'POST', body: 'grant_type=password&password=secret' });
    expect(requests[0].parts).toEqual([
      { method: 'GET', url: 'https://acme.my.salesforce.example/services/data/v62.0/search?q=FIND', status: 200 },
      { method: 'GET', url: 'https://acme.my.salesforce.example/services/data/v62.0/query?q=SELECT', status: 200 },
    ]);
    expect(requests[1].parts).toBeUndefined();
  });
});
