import { describe, expect, it } from 'vitest';
import { useSalesforce } from './connect';

const sf = useSalesforce();

const ROLLED_BACK = { statusCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK', message: 'Record rolled back because not all records were valid and the request was using AllOrNone header', fields: [] };

describe('sObject Collections and Composite', () => {
  it('creates, updates, retrieves and deletes collections through jsforce', async () => {
    const created = await sf.conn.sobject('Contact').create([{ LastName: 'One' }, { LastName: 'Two' }], { allOrNone: false });
    expect(created).toEqual([{ id: expect.any(String), success: true, errors: [] }, { id: expect.any(String), success: true, errors: [] }]);
    const ids = created.map((r) => r.id!);
    await sf.conn.sobject('Contact').update(ids.map((Id) => ({ Id, Title: 'Buyer' })));
    const read = await sf.conn.sobject('Contact').retrieve(ids, { fields: ['Title'] });
    expect(read.map((r) => r.Title)).toEqual(['Buyer', 'Buyer']);
    const deleted = await sf.conn.sobject('Contact').destroy([...ids, 'nonsense']);
    expect(deleted[2]).toEqual({ id: null, success: false, errors: [{ statusCode: 'MALFORMED_ID', message: 'malformed id nonsense', fields: [] }] });
  });

  it('rolls the whole collection back when allOrNone is set', async () => {
    const res = await sf.conn.requestPost<unknown[]>('/services/data/v62.0/composite/sobjects', {
      allOrNone: true,
      records: [{ attributes: { type: 'Contact' }, LastName: 'Kept?' }, { attributes: { type: 'Contact' }, FirstName: 'No last name' }],
    });
    expect(res).toEqual([
      { id: null, success: false, errors: [ROLLED_BACK] },
      { id: null, success: false, errors: [{ statusCode: 'REQUIRED_FIELD_MISSING', message: 'Required fields are missing: [LastName]', fields: ['LastName'] }] },
    ]);
    expect((await sf.conn.query("SELECT Id FROM Contact WHERE LastName = 'Kept?'")).totalSize).toBe(0);
  });

  it('chains composite subrequests through references and rolls back on failure', async () => {
    const ok = await sf.conn.requestPost<{ compositeResponse: { httpStatusCode: number; body: unknown; referenceId: string }[] }>('/services/data/v62.0/composite', {
      allOrNone: true,
      compositeRequest: [
        { method: 'POST', url: '/services/data/v62.0/sobjects/Account', referenceId: 'acct', body: { Name: 'Composite Co' } },
        { method: 'POST', url: '/services/data/v62.0/sobjects/Contact', referenceId: 'person', body: { LastName: 'Ref', AccountId: '@{acct.id}' } },
        { method: 'GET', url: '/services/data/v62.0/sobjects/Contact/@{person.id}?fields=AccountId', referenceId: 'read' },
      ],
    });
    expect(ok.compositeResponse.map((r) => r.httpStatusCode)).toEqual([201, 201, 200]);
    expect((ok.compositeResponse[2].body as { AccountId: string }).AccountId).toBe((ok.compositeResponse[0].body as { id: string }).id);

    const failed = await sf.conn.requestPost<{ compositeResponse: { httpStatusCode: number; body: unknown }[] }>('/services/data/v62.0/composite', {
      allOrNone: true,
      compositeRequest: [
        { method: 'POST', url: '/services/data/v62.0/sobjects/Account', referenceId: 'acct', body: { Name: 'Never Co' } },
        { method: 'POST', url: '/services/data/v62.0/sobjects/Contact', referenceId: 'bad', body: { FirstName: 'x' } },
        { method: 'POST', url: '/services/data/v62.0/sobjects/Contact', referenceId: 'later', body: { LastName: 'y' } },
      ],
    });
    expect(failed.compositeResponse.map((r) => r.httpStatusCode)).toEqual([400, 400, 400]);
    expect(failed.compositeResponse[0].body).toEqual([{ errorCode: 'PROCESSING_HALTED', message: 'The transaction was rolled back since another operation in the same transaction failed.', fields: [] }]);
    expect((await sf.conn.query("SELECT Id FROM Account WHERE Name = 'Never Co'")).totalSize).toBe(0);
  });
});
