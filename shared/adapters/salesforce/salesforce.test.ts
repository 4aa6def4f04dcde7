import { describe, expect, it } from 'vitest';
import { jsonResponse, recordedSleep, scriptedFetch, type FetchCall, type Reply } from '../fakeFetch';
import { createSalesforceAdapters, salesforceRecords } from './index';
import { salesforceError } from './errors';
import { activityTask } from './activities';
import { escapeSosl, phoneSearch } from './sosl';
import { soqlString } from './soql';

const ORG = 'https://acme.my.salesforce.example';
const LOGIN = { loginUrl: 'https://login.salesforce.example', username: 'agent@customercard.example', password: 'emulator', clientId: 'customer-card-local', clientSecret: 'emulator-secret' };

function adapters(replies: Reply[] | ((call: FetchCall) => Reply), withLogin = false) {
  const fake = scriptedFetch(replies);
  const timing = recordedSleep();
  const config = withLogin
    ? { login: LOGIN, http: { fetch: fake.fetch, sleep: timing.sleep } }
    : { instanceUrl: ORG, accessToken: 'token-1', http: { fetch: fake.fetch, sleep: timing.sleep } };
  return { ...createSalesforceAdapters(config), calls: fake.calls, waits: timing.waits };
}

const queryOf = (call: FetchCall) => new URL(call.url).searchParams.get('q') ?? '';

describe('Salesforce errors', () => {
  it('keeps the vendor code and message and names each field', () => {
    const error = salesforceError(400, [{ message: 'Required fields are missing: [LastName]', errorCode: 'REQUIRED_FIELD_MISSING', fields: ['LastName'] }]);
    expect(error).toMatchObject({ kind: 'validation', crm: 'salesforce', status: 400, code: 'REQUIRED_FIELD_MISSING', message: 'Required fields are missing: [LastName]', fields: { LastName: 'Required fields are missing: [LastName]' } });
  });

  it('maps session, missing and limit codes to their kinds', () => {
    expect(salesforceError(401, [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]).kind).toBe('auth');
    expect(salesforceError(404, [{ message: 'The requested resource does not exist', errorCode: 'NOT_FOUND' }]).kind).toBe('not-found');
    expect(salesforceError(403, [{ message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }]).kind).toBe('rate-limited');
    expect(salesforceError(400, [{ statusCode: 'REQUIRED_FIELD_MISSING', message: 'Required fields are missing: [Company]', fields: ['Company'] }])).toMatchObject({ code: 'REQUIRED_FIELD_MISSING', fields: { Company: 'Required fields are missing: [Company]' } });
    expect(salesforceError(400, { error: 'invalid_grant', error_description: 'authentication failure' })).toMatchObject({ code: 'invalid_grant', message: 'authentication failure' });
  });
});

describe('SOQL and SOSL text', () => {
  it('escapes quotes and backslashes in SOQL literals', () => {
    expect(soqlString("O'Brien\\")).toBe("'O\\'Brien\\\\'");
  });

  it('escapes every SOSL reserved character', () => {
    expect(escapeSosl('a?b&c|d!e{f}g[h]i(j)k^l~m*n:o\\p"q\'r+s-t')).toBe('a\\?b\\&c\\|d\\!e\\{f\\}g\\[h\\]i\\(j\\)k\\^l\\~m\\*n\\:o\\\\p\\"q\\\'r\\+s\\-t');
    expect(escapeSosl('} RETURNING User(Id)')).toBe('\\} RETURNING User\\(Id\\)');
  });

  it('searches the phone fields of contacts, accounts and leads by digits', () => {
    expect(phoneSearch(['4155551000', '14155551000'])).toBe(
      'FIND {4155551000 OR 14155551000} IN PHONE FIELDS RETURNING Contact(Id, Name, FirstName, Phone, MobilePhone, AccountId, Email), Account(Id, Name, Phone), Lead(Id, Name, FirstName, Phone, Company)',
    );
  });
});

describe('Salesforce records', () => {
  const describeOf = (object: string, fields: { name: string; relationshipName?: string; referenceTo?: string[] }[]) =>
    jsonResponse(200, { name: object, fields: fields.map((f) => ({ relationshipName: null, referenceTo: [], ...f })) });
  const ORG_FIELDS: Record<string, { name: string; relationshipName?: string; referenceTo?: string[] }[]> = {
    Contact: [{ name: 'Id' }, { name: 'Name' }, { name: 'NPS__c' }, { name: 'Preferred_Language__c' }, { name: 'AccountId', relationshipName: 'Account', referenceTo: ['Account'] }],
    Account: [{ name: 'Id' }, { name: 'Name' }, { name: 'Tier__c' }],
    Lead: [{ name: 'Id' }, { name: 'Name' }],
  };
  const org = (call: FetchCall) => {
    const described = /\/sobjects\/(\w+)\/describe$/.exec(new URL(call.url).pathname);
    return described ? describeOf(described[1], ORG_FIELDS[described[1]] ?? []) : jsonResponse(200, { searchRecords: [] });
  };

  it('§7.1 returns the lookup fields each object has with the search itself, describing each object once', async () => {
    const fake = scriptedFetch(org);
    const api = createSalesforceAdapters({ instanceUrl: ORG, accessToken: 'token-1', http: { fetch: fake.fetch } }).api;
    const records = salesforceRecords(api, { lookupFields: () => ['Preferred_Language__c', 'NPS__c', 'u_nps', 'Account.Tier__c', 'Account.Nope__c', 'Owner.Name'] });
    await records.searchByPhone('+1 415 555 1000');
    await records.searchByPhone('+1 415 555 2000');
    const searches = fake.calls.filter((c) => c.url.includes('/search?'));
    expect(searches).toHaveLength(2);
    expect(queryOf(searches[1])).toContain(
      'RETURNING Contact(Id, Name, FirstName, Phone, MobilePhone, AccountId, Email, Preferred_Language__c, NPS__c, Account.Tier__c), Account(Id, Name, Phone), Lead(Id, Name, FirstName, Phone, Company)',
    );
    expect(fake.calls.filter((c) => c.url.endsWith('/describe')).map((c) => new URL(c.url).pathname.split('/')[5]).sort()).toEqual(['Account', 'Contact', 'Lead']);
  });

  it('§7.1 still searches, without the lookup fields, when describe fails', async () => {
    const fake = scriptedFetch((call) => (call.url.endsWith('/describe') ? jsonResponse(403, [{ errorCode: 'INSUFFICIENT_ACCESS', message: 'no access' }]) : jsonResponse(200, { searchRecords: [] })));
    const api = createSalesforceAdapters({ instanceUrl: ORG, accessToken: 'token-1', http: { fetch: fake.fetch } }).api;
    await salesforceRecords(api, { lookupFields: () => ['NPS__c'] }).searchByEmail('maria.garcia@acme.example');
    expect(queryOf(fake.calls.find((c) => c.url.includes('/search?'))!)).toContain('RETURNING Contact(Id, Name, FirstName, Phone, MobilePhone, AccountId, Email), Lead(');
  });

  it('finds people by phone however it was typed and keeps each object type (§7.1)', async () => {
    const sf = adapters([
      jsonResponse(200, {
        searchRecords: [
          { attributes: { type: 'Contact' }, Id: '003000000000001AAA', Name: 'Maria García', Phone: '(415) 555-1000' },
          { attributes: { type: 'Lead' }, Id: '00Q000000000001AAA', Name: 'Siobhán O\'Connor', Phone: '415.555.1000' },
        ],
      }),
    ]);
    const found = await sf.records.searchByPhone('+1 (415) 555-1000');
    expect(queryOf(sf.calls[0])).toContain('FIND {4155551000 OR 14155551000} IN PHONE FIELDS');
    expect(sf.calls[0].headers.authorization).toBe('Bearer token-1');
    expect(found.map((r) => [r.object, r.name])).toEqual([['Contact', 'Maria García'], ['Lead', "Siobhán O'Connor"]]);
  });

  it('returns field-level errors of a refused create (§4.2)', async () => {
    const sf = adapters([jsonResponse(400, [{ message: 'Required fields are missing: [LastName]', errorCode: 'REQUIRED_FIELD_MISSING', fields: ['LastName'] }])]);
    const outcome = await sf.records.create('Contact', { FirstName: 'Ana' });
    expect(outcome).toMatchObject({ invalid: { code: 'REQUIRED_FIELD_MISSING', fields: { LastName: 'Required fields are missing: [LastName]' } } });
  });

  it('follows nextRecordsUrl until done', async () => {
    const sf = adapters([
      jsonResponse(200, { done: false, totalSize: 3, nextRecordsUrl: '/services/data/v62.0/query/01gxx-2', records: [{ attributes: { type: 'Case' }, Id: '500000000000001AAA', CaseNumber: '00001001' }] }),
      jsonResponse(200, { done: true, totalSize: 3, records: [{ attributes: { type: 'Case' }, Id: '500000000000002AAA', CaseNumber: '00001002' }] }),
    ]);
    const [list] = await sf.records.relatedRecords({ crm: 'salesforce', object: 'Contact', id: '003000000000001AAA' }, [{ object: 'Case', field: 'ContactId', fields: ['Subject'] }]);
    expect(sf.calls[1].url).toBe(`${ORG}/services/data/v62.0/query/01gxx-2`);
    expect(queryOf(sf.calls[0])).toBe("SELECT Id, CaseNumber, Subject FROM Case WHERE ContactId = '003000000000001AAA' ORDER BY CreatedDate DESC LIMIT 50");
    expect(list.records.map((r) => r.name)).toEqual(['00001001', '00001002']);
  });

  it('gives null for a record that does not exist', async () => {
    const sf = adapters([jsonResponse(404, [{ message: 'The requested resource does not exist', errorCode: 'NOT_FOUND' }])]);
    expect(await sf.records.get({ crm: 'salesforce', object: 'Account', id: '001000000000009AAA' })).toBeNull();
  });
});

describe('Salesforce session', () => {
  it('logs in with the password flow and logs in again once on INVALID_SESSION_ID', async () => {
    const sf = adapters([
      jsonResponse(200, { access_token: 'first', instance_url: ORG }),
      jsonResponse(401, [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]),
      jsonResponse(200, { access_token: 'second', instance_url: ORG }),
      jsonResponse(200, { Id: '001000000000001AAA', Name: 'Acme Logistics', attributes: { type: 'Account' } }),
    ], true);
    const account = await sf.records.get({ crm: 'salesforce', object: 'Account', id: '001000000000001AAA' });
    expect(account?.name).toBe('Acme Logistics');
    expect(sf.calls.map((c) => c.url)).toEqual([
      `${LOGIN.loginUrl}/services/oauth2/token`,
      `${ORG}/services/data/v62.0/sobjects/Account/001000000000001AAA`,
      `${LOGIN.loginUrl}/services/oauth2/token`,
      `${ORG}/services/data/v62.0/sobjects/Account/001000000000001AAA`,
    ]);
    expect(new URLSearchParams(sf.calls[0].body).get('grant_type')).toBe('password');
    expect(sf.calls[3].headers.authorization).toBe('Bearer second');
  });

  it('signs in once for calls made together, and again after a refused login', async () => {
    const sf = adapters((call) => (call.url.endsWith('/oauth2/token') ? jsonResponse(200, { access_token: 'only', instance_url: ORG }) : jsonResponse(200, { Id: '001000000000001AAA', Name: 'Acme Logistics', attributes: { type: 'Account' } })), true);
    const account = { crm: 'salesforce', object: 'Account', id: '001000000000001AAA' } as const;
    await Promise.all([sf.records.get(account), sf.records.get(account), sf.records.get(account)]);
    expect(sf.calls.filter((c) => c.url.endsWith('/oauth2/token'))).toHaveLength(1);

    const refusedFirst = adapters([jsonResponse(400, { error: 'invalid_grant', error_description: 'authentication failure' }), jsonResponse(200, { access_token: 'later', instance_url: ORG }), jsonResponse(200, { Id: '001000000000001AAA', Name: 'Acme Logistics', attributes: { type: 'Account' } })], true);
    await expect(refusedFirst.records.get(account)).rejects.toMatchObject({ kind: 'auth' });
    expect((await refusedFirst.records.get(account))?.name).toBe('Acme Logistics');
  });

  it('stops after one fresh login and reports bad credentials as auth', async () => {
    const expired = () => jsonResponse(401, [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]);
    const sf = adapters([jsonResponse(200, { access_token: 'a', instance_url: ORG }), expired(), jsonResponse(200, { access_token: 'b', instance_url: ORG }), expired()], true);
    await expect(sf.records.get({ crm: 'salesforce', object: 'Account', id: '001000000000001AAA' })).rejects.toMatchObject({ kind: 'auth', code: 'INVALID_SESSION_ID' });
    expect(sf.calls).toHaveLength(4);

    const bad = adapters([jsonResponse(400, { error: 'invalid_grant', error_description: 'authentication failure' })], true);
    await expect(bad.records.searchByEmail('a@b.example')).rejects.toMatchObject({ kind: 'auth', code: 'invalid_grant' });
  });
});

describe('Salesforce relating and write-back', () => {
  it('writes a completed call Task on an Account naming the caller and the wrap-up disposition (§2.2)', () => {
    const task = activityTask(
      {
        record: { crm: 'salesforce', object: 'Account', id: '001000000000001AAA' },
        idempotencyKey: 'int-1:Account:001000000000001AAA',
        content: { contactName: 'Maria García', channel: 'voice', startedAt: '2026-12-05T21:00:00.000Z', endedAt: '2026-12-05T21:04:10.000Z', durationSeconds: 250, agentName: 'Alex Agent', summary: 'Disposition: Resolved', disposition: 'Resolved' },
      },
      '003000000000001AAA',
    );
    expect(task).toMatchObject({ Status: 'Completed', WhatId: '001000000000001AAA', WhoId: '003000000000001AAA', CallType: 'Inbound', CallDurationInSeconds: 250, CallDisposition: 'Resolved' });
  });

  it('relates a Task and reads the relations back (§3.1)', async () => {
    const sf = adapters([
      jsonResponse(204, null),
      jsonResponse(200, { done: true, totalSize: 1, records: [{ Id: '00T000000000001AAA', WhoId: '003000000000001AAA', Who: { Type: 'Contact' }, WhatId: null, What: null }] }),
    ]);
    const relations = await sf.interactionRecords.relate({ crm: 'salesforce', object: 'Task', id: '00T000000000001AAA' }, 'WhoId', { crm: 'salesforce', object: 'Contact', id: '003000000000001AAA' });
    expect(sf.calls[0]).toMatchObject({ method: 'PATCH', body: JSON.stringify({ WhoId: '003000000000001AAA' }) });
    expect(relations).toEqual({ WhoId: { crm: 'salesforce', object: 'Contact', id: '003000000000001AAA' }, WhatId: null });
  });

  it('finds the Task of a first attempt whose response was lost instead of writing a second (§2.3)', async () => {
    const tasks: { Id: string; key: string }[] = [];
    const sf = adapters((call) => {
      if (call.method === 'GET') {
        const hit = tasks.find((t) => queryOf(call).includes(`Customer_Card_Key__c = '${t.key}'`));
        return jsonResponse(200, { done: true, totalSize: hit ? 1 : 0, records: hit ? [{ Id: hit.Id }] : [] });
      }
      tasks.push({ Id: `00T00000000000${tasks.length + 1}AAA`, key: JSON.parse(call.body ?? '{}').Customer_Card_Key__c });
      return new TypeError('socket hang up');
    });
    const written = await sf.activities.write({
      record: { crm: 'salesforce', object: 'Case', id: '500000000000001AAA' },
      idempotencyKey: 'int-1:link-1',
      content: { contactName: 'Ana Souza', channel: 'voice', startedAt: '2025-03-01T10:00:00Z', endedAt: '2025-03-01T10:05:00Z', durationSeconds: 300, agentName: 'Casey Agent', summary: 'Router reset' },
    });
    expect(tasks).toHaveLength(1);
    expect(written).toEqual({ crm: 'salesforce', object: 'Task', id: tasks[0].Id });
    const created = JSON.parse(sf.calls.find((c) => c.method === 'POST')?.body ?? '{}');
    expect(created).toMatchObject({ WhatId: '500000000000001AAA', Status: 'Completed', TaskSubtype: 'Call', CallType: 'Inbound', CallDurationInSeconds: 300, ActivityDate: '2025-03-01' });
  });
});
