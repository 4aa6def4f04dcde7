import type { Connection } from 'jsforce';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { startMemoryEmulator } from '../support/emulator';
import { login } from './connect';

let emulator: RunningEmulator;
let conn: Connection;
const UI = '/services/data/v62.0/ui-api';
beforeAll(async () => {
  emulator = await startMemoryEmulator();
  conn = await login(emulator);
});
afterAll(() => emulator.close());

describe('UI API for Lightning Data Service', () => {
  it('creates, reads with spanning fields, updates and deletes records', async () => {
    const account = await conn.requestPost<{ id: string }>(`${UI}/records`, { apiName: 'Account', fields: { Name: 'Lumen Labs' } });
    const created = await conn.requestPost<{ id: string; apiName: string }>(`${UI}/records`, { apiName: 'Contact', fields: { LastName: 'Ueda', FirstName: 'Rin', AccountId: account.id } });
    expect(created.apiName).toBe('Contact');
    const record = await conn.requestGet<Record<string, unknown>>(`${UI}/records/${created.id}?fields=Contact.Name,Contact.Account.Name&optionalFields=Contact.Nope__c`);
    expect(record).toMatchObject({
      apiName: 'Contact', id: created.id, childRelationships: {}, recordTypeId: '012000000000000AAA',
      lastModifiedById: expect.stringMatching(/^005/), lastModifiedDate: expect.any(String), systemModstamp: expect.any(String), eTag: expect.any(String), weakEtag: expect.any(Number),
      fields: {
        Name: { value: 'Rin Ueda', displayValue: null },
        Account: { displayValue: 'Lumen Labs', value: { apiName: 'Account', id: account.id, fields: { Name: { value: 'Lumen Labs', displayValue: null } } } },
      },
    });
    expect(Object.keys(record.fields as object)).toEqual(['Name', 'Account']);
    const updated = await conn.request<{ fields: Record<string, { value: unknown }> }>({ method: 'PATCH', url: `${UI}/records/${created.id}`, body: JSON.stringify({ fields: { Title: 'CTO' } }), headers: { 'content-type': 'application/json' } });
    expect(updated.fields.Title.value).toBe('CTO');
    const batch = await conn.requestGet<{ results: { statusCode: number }[] }>(`${UI}/records/batch/${created.id},${account.id}?fields=Contact.Title,Account.Name`);
    expect(batch.results.map((r) => r.statusCode)).toEqual([200, 200]);
    await conn.request({ method: 'DELETE', url: `${UI}/records/${created.id}` });
    await expect(conn.requestGet(`${UI}/records/${created.id}?fields=Contact.Name`)).rejects.toMatchObject({ errorCode: 'ENTITY_IS_DELETED' });
  });

  it('reports a missing required field as an Error with Output', async () => {
    const res = await fetch(`${emulator.url}${UI}/records`, {
      method: 'POST', headers: { authorization: `Bearer ${conn.accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ apiName: 'Contact', fields: { FirstName: 'Only' } }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      enhancedErrorType: 'RecordError', message: 'An error occurred while trying to update the record. Please try again.',
      output: { errors: [], fieldErrors: { LastName: [{ constituentField: null, duplicateRecordError: null, errorCode: 'REQUIRED_FIELD_MISSING', field: 'LastName', fieldLabel: 'LastName', message: 'Required fields are missing: [LastName]' }] } },
    });
  });

  it('describes objects for the record forms', async () => {
    const info = await conn.requestGet<{ apiName: string; keyPrefix: string; nameFields: string[]; fields: Record<string, { dataType: string; required: boolean; referenceToInfos: { apiName: string }[] }> }>(`${UI}/object-info/Task`);
    expect(info).toMatchObject({ apiName: 'Task', keyPrefix: '00T', nameFields: ['Subject'] });
    expect(info.fields.WhoId.referenceToInfos.map((r) => r.apiName)).toEqual(['Contact', 'Lead']);
    expect(info.fields.Status.dataType).toBe('Picklist');
    const batch = await conn.requestGet<{ results: { statusCode: number }[] }>(`${UI}/object-info/batch/Account,Nope__c`);
    expect(batch.results.map((r) => r.statusCode)).toEqual([200, 404]);
  });
});
