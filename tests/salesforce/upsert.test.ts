import { describe, expect, it } from 'vitest';
import { rejection, useSalesforce } from './connect';

const sf = useSalesforce();
const base = '/services/data/v62.0';

describe('upsert by external id (§1)', () => {
  it('creates on the first call (201, created) and updates on the second (200, not created)', async () => {
    const first = await sf.conn.sobject('Account').upsert({ External_Id__c: 'ERP-1001', Name: 'Łódź Logistics' }, 'External_Id__c');
    expect(first).toEqual({ id: expect.stringMatching(/^001\w{15}$/), success: true, errors: [], created: true });
    const second = await sf.conn.sobject('Account').upsert({ External_Id__c: 'erp-1001', Phone: '+48 42 555 0100' }, 'External_Id__c');
    expect(second).toEqual({ id: (first as { id: string }).id, success: true, errors: [], created: false });
    const read = await sf.conn.request<{ Name: string; Phone: string }>(`${base}/sobjects/Account/External_Id__c/ERP-1001`);
    expect(read).toMatchObject({ Name: 'Łódź Logistics', Phone: '+48 42 555 0100' });
  });

  it('answers 300 with the URLs of every record the value matches', async () => {
    const ids = await Promise.all(['Açaí Bowl Co', 'Açaí Bowl Co (EU)'].map(async (Name) => (await sf.conn.sobject('Account').create({ Name, External_Id__c: 'DUP-7' })) as { id: string }));
    const error = await rejection(sf.conn.sobject('Account').upsert({ External_Id__c: 'DUP-7', Name: 'Which one?' }, 'External_Id__c'));
    expect(error.errorCode).toBe('MULTIPLE_CHOICES');
    const raw = await fetch(`${sf.conn.instanceUrl}${base}/sobjects/Account/External_Id__c/DUP-7`, {
      method: 'PATCH', headers: { authorization: `Bearer ${sf.conn.accessToken}`, 'content-type': 'application/json' }, body: JSON.stringify({ Name: 'x' }),
    });
    expect(raw.status).toBe(300);
    expect((await raw.json()).sort()).toEqual(ids.map((r) => `${base}/sobjects/Account/${r.id}`).sort());
  });

  it('refuses a field that is not an external id with NOT_FOUND, and takes Id as the key', async () => {
    const error = await rejection(sf.conn.sobject('Account').upsert({ Name: 'Nope', AccountNumber: 'AN-1' }, 'AccountNumber'));
    expect(error).toMatchObject({ errorCode: 'NOT_FOUND', message: 'Provided external ID field does not exist or is not accessible: AccountNumber' });
    const created = (await sf.conn.requestPost<{ id: string }>(`${base}/sobjects/Contact/Id`, { LastName: 'Ó Súilleabháin' }));
    const updated = await sf.conn.sobject('Contact').upsert({ Id: created.id, Title: 'Buyer' }, 'Id');
    expect(updated).toMatchObject({ id: created.id, created: false });
    expect((await sf.conn.sobject('Contact').retrieve(created.id)).Title).toBe('Buyer');
  });

  it('sets a lookup from the parent external id in the body', async () => {
    const account = (await sf.conn.sobject('Account').upsert({ External_Id__c: 'ERP-2002', Name: 'Kraków Kitchens' }, 'External_Id__c')) as { id: string };
    const contact = (await sf.conn.sobject('Contact').upsert({ External_Id__c: 'P-1', LastName: 'Wiśniewska', Account: { External_Id__c: 'ERP-2002' } }, 'External_Id__c')) as { id: string };
    expect((await sf.conn.sobject('Contact').retrieve(contact.id)).AccountId).toBe(account.id);
    const error = await rejection(sf.conn.sobject('Contact').create({ LastName: 'Orphan', Account: { External_Id__c: 'NO-SUCH' } }));
    expect(error).toMatchObject({ errorCode: 'INVALID_FIELD', message: 'Foreign key external ID: NO-SUCH not found for field External_Id__c in entity Account' });
  });

  it('upserts collections with created per row and a failure for a key repeated in the request', async () => {
    await sf.conn.sobject('Contact').upsert({ External_Id__c: 'C-1', LastName: 'Existing' }, 'External_Id__c');
    const results = await sf.conn.sobject('Contact').upsert([
      { External_Id__c: 'C-1', Title: 'Updated' },
      { External_Id__c: 'C-2', LastName: 'Nuevo' },
      { External_Id__c: 'C-3', LastName: 'Twice' },
      { External_Id__c: 'C-3', LastName: 'Twice again' },
    ], 'External_Id__c');
    expect(results.map((r) => [r.success, (r as { created?: boolean }).created])).toEqual([[true, false], [true, true], [false, undefined], [false, undefined]]);
    expect(results[2].errors).toEqual([{ statusCode: 'DUPLICATE_EXTERNAL_ID', message: 'Duplicate external id specified: C-3', fields: ['External_Id__c'] }]);
  });

  it('rolls the whole collection back with allOrNone', async () => {
    const results = await sf.conn.sobject('Contact').upsert([{ External_Id__c: 'R-1', LastName: 'Kept?' }, { External_Id__c: 'R-2', FirstName: 'No last name' }], 'External_Id__c', { allOrNone: true });
    expect(results.map((r) => r.success)).toEqual([false, false]);
    expect((await sf.conn.query("SELECT Id FROM Contact WHERE External_Id__c = 'R-1'")).totalSize).toBe(0);
  });
});
