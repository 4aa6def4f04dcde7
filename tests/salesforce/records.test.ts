import { describe, expect, it } from 'vitest';
import { useSalesforce } from './connect';

const sf = useSalesforce();

const idOf = (result: unknown) => (result as { id: string }).id;

describe('Salesforce records through jsforce', () => {
  it('describes the org with key prefixes, fields and child relationships', async () => {
    const global = await sf.conn.describeGlobal();
    const prefixes = Object.fromEntries(global.sobjects.map((s) => [s.name, s.keyPrefix]));
    expect(prefixes).toMatchObject({ Account: '001', Contact: '003', Lead: '00Q', Task: '00T', Event: '00U', Case: '500', Opportunity: '006', Campaign: '701', User: '005' });
    const task = await sf.conn.describe('Task');
    const whatId = task.fields.find((f) => f.name === 'WhatId')!;
    expect(whatId).toMatchObject({ type: 'reference', relationshipName: 'What', polymorphicForeignKey: true });
    expect(whatId.referenceTo).toEqual(expect.arrayContaining(['Account', 'Case', 'Opportunity', 'Campaign']));
    const key = task.fields.find((f) => f.name === 'Customer_Card_Key__c')!;
    expect(key).toMatchObject({ type: 'string', length: 80, externalId: true, unique: true, custom: true, label: 'Customer Card Key' });
    expect((await sf.conn.describe('Event')).fields.some((f) => f.name === 'Customer_Card_Key__c')).toBe(true);
    const status = task.fields.find((f) => f.name === 'Status')!;
    expect(status.restrictedPicklist).toBe(true);
    expect(status.picklistValues?.map((p) => p.value)).toContain('Completed');
    const account = await sf.conn.describe('Account');
    expect(account.childRelationships).toEqual(expect.arrayContaining([expect.objectContaining({ childSObject: 'Contact', field: 'AccountId', relationshipName: 'Contacts' })]));
    expect(account.urls.describe).toBe('/services/data/v62.0/sobjects/Account/describe');
  });

  it('creates, reads, updates and soft-deletes a record of every object', async () => {
    const accountId = idOf(await sf.conn.sobject('Account').create({ Name: 'Zephyr Telecom', Phone: '+1 415 555 7000' }));
    const contactId = idOf(await sf.conn.sobject('Contact').create({ FirstName: 'Inès', LastName: 'Martín', AccountId: accountId }));
    const campaignId = idOf(await sf.conn.sobject('Campaign').create({ Name: 'Spring offer' }));
    const global = await sf.conn.describeGlobal();
    const bodies: [string, Record<string, unknown>, Record<string, unknown>][] = [
      ['Account', { Name: 'Test Account' }, { Industry: 'Retail' }],
      ['Contact', { LastName: 'Doe', Phone: '(415) 555-0000' }, { FirstName: 'Jane' }],
      ['Lead', { LastName: 'Lee', Company: 'Lee Co' }, { Status: 'Working - Contacted' }],
      ['Case', { Subject: 'No signal', ContactId: contactId }, { Status: 'Closed' }],
      ['Opportunity', { Name: 'Deal', StageName: 'Prospecting', CloseDate: '2030-01-31', AccountId: accountId }, { StageName: 'Closed Won' }],
      ['Campaign', { Name: 'Launch' }, { Status: 'Planned' }],
      ['CampaignMember', { CampaignId: campaignId, ContactId: contactId }, { Status: 'Responded' }],
      ['Task', { Subject: 'Call', WhoId: contactId, WhatId: accountId, TaskSubtype: 'Call', CallDurationInSeconds: 95 }, { Status: 'Completed' }],
      ['Event', { Subject: 'Visit', StartDateTime: '2030-01-01T10:00:00Z', EndDateTime: '2030-01-01T11:30:00Z' }, { Location: 'HQ' }],
      ['User', { Username: 'new.agent@customercard.example', LastName: 'Agent', Email: 'new.agent@customercard.example', Alias: 'nagent' }, { Title: 'Agent' }],
    ];
    for (const [object, create, update] of bodies) {
      const result = await sf.conn.sobject(object).create(create);
      expect(result).toEqual({ id: expect.stringMatching(/^\w{18}$/), success: true, errors: [] });
      const id = idOf(result);
      await sf.conn.sobject(object).update({ Id: id, ...update });
      const record = await sf.conn.sobject(object).retrieve(id);
      expect(record).toMatchObject({ Id: id, ...update, IsDeleted: false, attributes: { type: object } });
      expect(record.CreatedDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/);
      if (object === 'User') {
        await expect(sf.conn.sobject(object).destroy(id)).rejects.toMatchObject({ errorCode: 'INVALID_TYPE_FOR_OPERATION' });
        expect(global.sobjects.find((s) => s.name === 'User')).toMatchObject({ deletable: false, undeletable: false });
      } else {
        await sf.conn.sobject(object).destroy(id);
        const deleted = await sf.conn.request<{ records: unknown[] }>(`/services/data/v62.0/queryAll?q=${encodeURIComponent(`SELECT Id, IsDeleted FROM ${object} WHERE Id = '${id}'`)}`);
        expect(deleted.records[0]).toMatchObject({ IsDeleted: true });
        await expect(sf.conn.sobject(object).retrieve(id)).rejects.toMatchObject({ errorCode: 'ENTITY_IS_DELETED' });
      }
    }
  });

  it('maintains computed and system fields', async () => {
    const contactId = idOf(await sf.conn.sobject('Contact').create({ FirstName: 'Olga', LastName: 'Ivanova' }));
    const caseId = idOf(await sf.conn.sobject('Case').create({ Subject: 'Router', ContactId: contactId.slice(0, 15) }));
    const created = await sf.conn.sobject('Case').retrieve(caseId);
    expect(created.CaseNumber).toMatch(/^\d{8}$/);
    expect(created.ContactId).toBe(contactId);
    expect(created.Status).toBe('New');
    expect((await sf.conn.sobject('Contact').retrieve(contactId)).Name).toBe('Olga Ivanova');
    await new Promise((r) => setTimeout(r, 5));
    await sf.conn.sobject('Contact').update({ Id: contactId, FirstName: 'Olya' });
    const updated = await sf.conn.sobject('Contact').retrieve(contactId);
    expect(updated.Name).toBe('Olya Ivanova');
    expect(updated.LastModifiedDate > updated.CreatedDate).toBe(true);
    const byField = await sf.conn.request(`/services/data/v62.0/sobjects/Contact/${contactId}?fields=Name,Email`);
    expect(Object.keys(byField as object)).toEqual(['attributes', 'Name', 'Email']);
  });

  it('seeds the demo story with messy phones and routing fields', async () => {
    const result = await sf.conn.query<{ Name: string; Phone: string; Account: { Name: string } | null; Preferred_Language__c: string }>("SELECT Name, Phone, Account.Name, Preferred_Language__c FROM Contact WHERE LastName = 'Souza'");
    expect(result.records.map((r) => r.Account?.Name)).toEqual(['Souza Household', 'Souza Household']);
    expect(result.records.map((r) => r.Phone).sort()).toEqual(['(415) 555-0199', '415-555-0199']);
    const accounts = await sf.conn.query<{ Subscription_Level__c: string }>("SELECT Subscription_Level__c, Priority_Account__c FROM Account WHERE AccountNumber = 'ACC-10001'");
    expect(accounts.records[0]).toMatchObject({ Subscription_Level__c: 'Gold', Priority_Account__c: true });
    const cases = await sf.conn.query<{ Contact: { Name: string }; CreatedDate: string }>("SELECT Contact.Name, CreatedDate FROM Case WHERE Subject = 'Internet drops every evening'");
    expect(cases.records[0].Contact.Name).toBe('Ana Souza');
    expect(Date.parse(cases.records[0].CreatedDate.replace('+0000', 'Z'))).toBeLessThan(Date.now() - 86_000_000);
  });

  it('sends Sforce-Limit-Info on data calls', async () => {
    const res = await fetch(`${sf.emulator.url}/services/data/v62.0/sobjects`, { headers: { authorization: `Bearer ${sf.conn.accessToken}` } });
    expect(res.headers.get('sforce-limit-info')).toMatch(/^api-usage=\d+\/15000$/);
    const versions = await (await fetch(`${sf.emulator.url}/services/data/`)).json();
    expect(versions.map((v: { version: string }) => v.version)).toEqual(expect.arrayContaining(['50.0', '62.0']));
  });
});
