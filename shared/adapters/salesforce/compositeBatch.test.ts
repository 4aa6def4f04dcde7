import { describe, expect, it } from 'vitest';
import { defaultStep } from '../../ivr/lookupPlan';
import { jsonResponse, scriptedFetch, type FetchCall } from '../fakeFetch';
import { createSalesforceAdapters } from './index';

const ORG = 'https://acme.my.salesforce.example';

/** Describe answers: Case.SuppliedPhone is a text field, the other objects' phone fields are phone-typed. */
const FIELD_TYPES: Record<string, { name: string; type: string }[]> = {
  Case: [{ name: 'Id', type: 'id' }, { name: 'CaseNumber', type: 'string' }, { name: 'SuppliedPhone', type: 'string' }],
};
const describeOf = (object: string) =>
  jsonResponse(200, { name: object, fields: (FIELD_TYPES[object] ?? []).map((f) => ({ relationshipName: null, referenceTo: [], ...f })) });

const batchOf = (call: FetchCall) => (JSON.parse(call.body ?? '{}') as { batchRequests: { method: string; url: string }[] }).batchRequests;

function org(answer: (sub: { method: string; url: string }) => { statusCode: number; result: unknown }) {
  return scriptedFetch((call) => {
    const described = /\/sobjects\/(\w+)\/describe$/.exec(new URL(call.url).pathname);
    if (described) return describeOf(described[1]);
    const results = batchOf(call).map(answer);
    return jsonResponse(200, { hasErrors: results.some((r) => r.statusCode >= 400), results });
  });
}

describe('Salesforce ANI lookup through Composite Batch (§7.1)', () => {
  it('sends the SOSL over phone fields and the SOQL on Case.SuppliedPhone as one Composite Batch', async () => {
    const fake = org((sub) =>
      sub.url.includes('/search?')
        ? { statusCode: 200, result: { searchRecords: [{ attributes: { type: 'Contact' }, Id: '003000000000001AAA', Name: 'Maria García', Phone: '(415) 555-1000' }] } }
        : { statusCode: 200, result: { done: true, totalSize: 1, records: [{ attributes: { type: 'Case' }, Id: '500000000000001AAA', CaseNumber: '00001001', SuppliedPhone: '415.555.1000' }] } },
    );
    const { records } = createSalesforceAdapters({ instanceUrl: ORG, accessToken: 'token-1', http: { fetch: fake.fetch } });
    const found = await records.lookup(defaultStep('salesforce', 'ani'), '+1 (415) 555-1000');
    const batches = fake.calls.filter((c) => !c.url.endsWith('/describe'));
    expect(batches).toHaveLength(1);
    expect(batches[0]).toMatchObject({ method: 'POST', url: `${ORG}/services/data/v62.0/composite/batch` });
    const subs = batchOf(batches[0]);
    expect(subs.map((s) => [s.method, s.url.split('?')[0]])).toEqual([['GET', 'v62.0/search'], ['GET', 'v62.0/query']]);
    expect(new URLSearchParams(subs[0].url.split('?')[1]).get('q')).toContain('FIND {4155551000 OR 14155551000} IN PHONE FIELDS');
    expect(new URLSearchParams(subs[1].url.split('?')[1]).get('q')).toMatch(/^SELECT Id, CaseNumber, SuppliedPhone FROM Case WHERE \(SuppliedPhone IN \(.*'\(415\) 555-1000'/);
    expect(found.map((r) => [r.object, r.name])).toEqual([['Contact', 'Maria García'], ['Case', '00001001']]);
  });

  it("raises a subrequest's own error with its code", async () => {
    const fake = org((sub) =>
      sub.url.includes('/query?') ? { statusCode: 400, result: [{ errorCode: 'INVALID_FIELD', message: "No such column 'SuppliedPhone' on entity 'Case'" }] } : { statusCode: 200, result: { searchRecords: [] } },
    );
    const { records } = createSalesforceAdapters({ instanceUrl: ORG, accessToken: 'token-1', http: { fetch: fake.fetch } });
    await expect(records.lookup(defaultStep('salesforce', 'ani'), '+14155551000')).rejects.toMatchObject({ crm: 'salesforce', status: 400, code: 'INVALID_FIELD' });
  });
});
