import { beforeAll, describe, expect, it } from 'vitest';
import { rejection, useSalesforce } from './connect';

const sf = useSalesforce();
const UI = '/services/data/v62.0/ui-api';

describe('UI API for Lightning Data Service', () => {
  it('creates, reads with spanning fields, updates and deletes records', async () => {
    const account = await sf.conn.requestPost<{ id: string }>(`${UI}/records`, { apiName: 'Account', fields: { Name: 'Lumen Labs' } });
    const created = await sf.conn.requestPost<{ id: string; apiName: string; fields: Record<string, { value: unknown }> }>(`${UI}/records`, { apiName: 'Contact', fields: { LastName: 'Ueda', FirstName: 'Rin', AccountId: account.id } });
    expect(created.apiName).toBe('Contact');
    expect(created.fields).toMatchObject({ Name: { value: 'Rin Ueda' }, AccountId: { value: account.id } });
    const record = await sf.conn.requestGet<Record<string, unknown>>(`${UI}/records/${created.id}?fields=Contact.Name,Contact.Account.Name&optionalFields=Contact.Nope__c`);
    expect(record).toMatchObject({
      apiName: 'Contact', id: created.id, childRelationships: {}, recordTypeId: '012000000000000AAA',
      lastModifiedById: expect.stringMatching(/^005/), lastModifiedDate: expect.any(String), systemModstamp: expect.any(String), eTag: expect.any(String), weakEtag: expect.any(Number),
      fields: {
        Name: { value: 'Rin Ueda', displayValue: null },
        Account: { displayValue: 'Lumen Labs', value: { apiName: 'Account', id: account.id, fields: { Name: { value: 'Lumen Labs', displayValue: null } } } },
      },
    });
    expect(Object.keys(record.fields as object)).toEqual(['Name', 'Account']);
    const updated = await sf.conn.request<{ fields: Record<string, { value: unknown }> }>({ method: 'PATCH', url: `${UI}/records/${created.id}`, body: JSON.stringify({ fields: { Title: 'CTO' } }), headers: { 'content-type': 'application/json' } });
    expect(updated.fields.Title.value).toBe('CTO');
    const batch = await sf.conn.requestGet<{ results: { statusCode: number }[] }>(`${UI}/records/batch/${created.id},${account.id}?fields=Contact.Title,Account.Name`);
    expect(batch.results.map((r) => r.statusCode)).toEqual([200, 200]);
    await sf.conn.request({ method: 'DELETE', url: `${UI}/records/${created.id}` });
    await expect(sf.conn.requestGet(`${UI}/records/${created.id}?fields=Contact.Name`)).rejects.toMatchObject({ errorCode: 'ENTITY_IS_DELETED' });
  });

  it('reports a missing required field as an Error with Output', async () => {
    const res = await fetch(`${sf.emulator.url}${UI}/records`, {
      method: 'POST', headers: { authorization: `Bearer ${sf.conn.accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ apiName: 'Contact', fields: { FirstName: 'Only' } }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      enhancedErrorType: 'RecordError', message: 'An error occurred while trying to update the record. Please try again.',
      output: { errors: [], fieldErrors: { LastName: [{ constituentField: null, duplicateRecordError: null, errorCode: 'REQUIRED_FIELD_MISSING', field: 'LastName', fieldLabel: 'LastName', message: 'Required fields are missing: [LastName]' }] } },
    });
  });

  it('describes objects for the record forms', async () => {
    const info = await sf.conn.requestGet<{ apiName: string; keyPrefix: string; nameFields: string[]; fields: Record<string, { dataType: string; required: boolean; referenceToInfos: { apiName: string }[] }> }>(`${UI}/object-info/Task`);
    expect(info).toMatchObject({ apiName: 'Task', keyPrefix: '00T', nameFields: ['Subject'] });
    expect(info.fields.WhoId.referenceToInfos.map((r) => r.apiName)).toEqual(['Contact', 'Lead']);
    expect(info.fields.Status.dataType).toBe('Picklist');
    const batch = await sf.conn.requestGet<{ results: { statusCode: number }[] }>(`${UI}/object-info/batch/Account,Nope__c`);
    expect(batch.results.map((r) => r.statusCode)).toEqual([200, 404]);
  });

  it('lists each picklist field\'s values for a record type, for the create form\'s comboboxes', async () => {
    const info = await sf.conn.requestGet<{ defaultRecordTypeId: string }>(`${UI}/object-info/Case`);
    type Values = { picklistFieldValues: Record<string, { values: { label: string; value: string; validFor: unknown[] }[]; url: string }> };
    const picklists = await sf.conn.requestGet<Values>(`${UI}/object-info/Case/picklist-values/${info.defaultRecordTypeId}`);
    expect(picklists.picklistFieldValues.Origin.values.map((v) => v.value)).toEqual(expect.arrayContaining(['Phone', 'Email', 'Web']));
    expect(picklists.picklistFieldValues.Origin).toMatchObject({ url: expect.stringContaining('/picklist-values/'), values: expect.arrayContaining([{ attributes: null, label: 'Phone', validFor: [], value: 'Phone' }]) });
    expect(picklists.picklistFieldValues.Subject).toBeUndefined();
    await expect(sf.conn.requestGet(`${UI}/object-info/Case/picklist-values/012000000000001AAA`)).rejects.toMatchObject({ errorCode: 'NOT_FOUND' });
  });

  it('names a Task\'s Related To Case by its case number (What.Name of the Name object)', async () => {
    const created = await sf.conn.sobject('Case').create({ Subject: 'Fibre line drops every evening', Origin: 'Phone' });
    const { CaseNumber } = (await sf.conn.sobject('Case').retrieve(created.id!)) as unknown as { CaseNumber: string };
    const task = await sf.conn.sobject('Task').create({ Subject: 'Call from +14155551000', WhatId: created.id });
    const record = await sf.conn.requestGet<{ fields: { What: { value: { apiName: string; fields: { Name: { value: string } } } } } }>(`${UI}/records/${task.id}?fields=Task.WhatId&optionalFields=Task.What.Name`);
    expect(record.fields.What.value.apiName).toBe('Case');
    expect(record.fields.What.value.fields.Name.value).toBe(CaseNumber);
  });
});

describe('UI API related list records for getRelatedListRecords', () => {
  interface RelatedRecords {
    count: number; pageSize: number; nextPageToken: string | null; nextPageUrl: string | null; sortBy: string[]; fields: string[];
    listReference: Record<string, unknown>;
    records: { apiName: string; id: string; fields: Record<string, { value: unknown }> }[];
  }
  const related = (parentId: string, list: string, query: string) => sf.conn.requestGet<RelatedRecords>(`${UI}/related-list-records/${parentId}/${list}?${query}`);
  let accountId: string;
  let contactIds: string[];
  let tasks: { open: string; done: string };

  beforeAll(async () => {
    accountId = (await sf.conn.sobject('Account').create({ Name: 'Related Lists Ltd' }) as { id: string }).id;
    const contacts = await sf.conn.sobject('Contact').create(['Abe', 'Bea', 'Cy'].map((FirstName) => ({ FirstName, LastName: 'Relist', AccountId: accountId }))) as { id: string }[];
    contactIds = contacts.map((c) => c.id);
    const open = await sf.conn.sobject('Task').create({ Subject: 'Call back', Status: 'Not Started', WhatId: accountId }) as { id: string };
    const done = await sf.conn.sobject('Task').create({ Subject: 'Logged call', Status: 'Completed', WhoId: contactIds[0] }) as { id: string };
    tasks = { open: open.id, done: done.id };
  });

  it('returns the child records of a relationship as UI API records, paged and sorted', async () => {
    const first = await related(accountId, 'Contacts', 'fields=Contact.Name&optionalFields=Contact.Nope__c&pageSize=2&sortBy=Contact.FirstName');
    expect(first).toMatchObject({
      count: 2, pageSize: 2, nextPageToken: '2', sortBy: ['Contact.FirstName'], fields: ['Contact.Name'],
      listReference: { inContextOfRecordId: accountId, objectApiName: 'Contact', parentObjectApiName: 'Account', relatedListId: 'Contacts' },
    });
    expect(first.records.map((r) => [r.apiName, r.fields.Name.value])).toEqual([['Contact', 'Abe Relist'], ['Contact', 'Bea Relist']]);
    expect(Object.keys(first.records[0].fields)).toEqual(['Name']);
    const second = await sf.conn.requestGet<RelatedRecords>(first.nextPageUrl as string);
    expect([second.count, second.nextPageToken, second.records.map((r) => r.id)]).toEqual([1, null, [contactIds[2]]]);
    const descending = await related(accountId, 'Contacts', 'fields=Contact.Name&sortBy=-Contact.FirstName');
    expect(descending.records.map((r) => r.fields.Name.value)).toEqual(['Cy Relist', 'Bea Relist', 'Abe Relist']);
  });

  it('splits activities into open ones and history, including those logged on the account\'s contacts', async () => {
    const open = await related(accountId, 'OpenActivities', 'fields=OpenActivity.Subject');
    const history = await related(accountId, 'ActivityHistories', 'fields=ActivityHistory.Subject');
    expect(open.records.map((r) => [r.id, r.apiName, r.fields.Subject.value])).toEqual([[tasks.open, 'OpenActivity', 'Call back']]);
    expect(history.records.map((r) => [r.id, r.apiName, r.fields.Subject.value])).toEqual([[tasks.done, 'ActivityHistory', 'Logged call']]);
    const ofContact = await related(contactIds[0], 'Tasks', 'fields=Task.Subject');
    expect(ofContact.records.map((r) => r.id)).toEqual([tasks.done]);
  });

  it('answers an unknown list, an unknown parent and a bad page size as the UI API does', async () => {
    const code = async (path: string) => (await rejection(sf.conn.requestGet(`${UI}/related-list-records/${path}`))).errorCode;
    expect(await code(`${accountId}/Nopes`)).toBe('NOT_FOUND');
    expect(await code('001Dn0000000999ZZZ/Contacts')).toBe('NOT_FOUND');
    expect(await code(`${accountId}/Contacts?pageSize=0`)).toBe('ILLEGAL_QUERY_PARAMETER_VALUE');
    expect(await code(`${accountId}/Contacts?fields=Contact.Nope__c`)).toBe('INVALID_FIELD');
  });
});
