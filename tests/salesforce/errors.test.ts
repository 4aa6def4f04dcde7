import { describe, expect, it } from 'vitest';
import { useSalesforce } from './connect';

const sf = useSalesforce();
const call = async (method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> => {
  const res = await fetch(`${sf.emulator.url}/services/data/v62.0${path}`, {
    method, headers: { authorization: `Bearer ${sf.conn.accessToken}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
};

const one = (errorCode: string, message: string, fields: string[] = []) => [{ message, errorCode, fields }];

describe('Salesforce REST errors', () => {
  it('answers field rule violations with status 400 and the documented bodies', async () => {
    const contactId = (await call('POST', '/sobjects/Contact', { LastName: 'Rule' })).body as { id: string };
    const accountId = ((await call('POST', '/sobjects/Account', { Name: 'Rule Co' })).body as { id: string }).id;
    const leadId = ((await call('POST', '/sobjects/Lead', { LastName: 'Lead', Company: 'L' })).body as { id: string }).id;
    const cases: [string, string, unknown, unknown][] = [
      ['/sobjects/Contact', 'missing required', { FirstName: 'No last name' }, one('REQUIRED_FIELD_MISSING', 'Required fields are missing: [LastName]', ['LastName'])],
      ['/sobjects/Contact', 'too long', { LastName: 'x'.repeat(81) }, one('STRING_TOO_LONG', `Last Name: data value too large: ${'x'.repeat(81)} (max length=80)`, ['LastName'])],
      ['/sobjects/Contact', 'wrong type', { LastName: 'T', Birthdate: 'yesterday' }, one('INVALID_TYPE_ON_FIELD_IN_RECORD', 'Birthdate: value not of required type: yesterday', ['Birthdate'])],
      ['/sobjects/Task', 'restricted picklist', { Subject: 'x', Status: 'Done-ish' }, one('INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', 'Status: bad value for restricted picklist field: Done-ish', ['Status'])],
      ['/sobjects/Contact', 'unknown field', { LastName: 'T', Shoe_Size__c: 42 }, one('INVALID_FIELD', "No such column 'Shoe_Size__c' on sobject of type Contact")],
      ['/sobjects/Contact', 'read-only field', { LastName: 'T', Name: 'Full' }, one('INVALID_FIELD_FOR_INSERT_UPDATE', 'Unable to create/update fields: Name. Please check the security settings of this field and verify that it is read-only or otherwise not allowed.', ['Name'])],
      ['/sobjects/Contact', 'malformed reference', { LastName: 'T', AccountId: '001abc' }, one('MALFORMED_ID', 'Account ID: id value of incorrect type: 001abc', ['AccountId'])],
      ['/sobjects/Task', 'wrong reference type', { Subject: 'x', WhoId: accountId }, one('FIELD_INTEGRITY_EXCEPTION', `Name ID: id value of incorrect type: ${accountId}`, ['WhoId'])],
      ['/sobjects/Task', 'lead with related to', { Subject: 'x', WhoId: leadId, WhatId: accountId }, one('FIELD_INTEGRITY_EXCEPTION', 'cannot specify whatID with lead whoID', ['WhatId'])],
      ['/sobjects/Contact', 'missing parent', { LastName: 'T', AccountId: '001Dn0000000zzzIAA' }, one('INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id')],
    ];
    for (const [path, what, body, expected] of cases) {
      const res = await call('POST', path, body);
      expect({ what, ...res }).toEqual({ what, status: 400, body: expected });
    }
    expect((await call('PATCH', `/sobjects/Contact/${contactId.id}`, { LastName: null })).body).toEqual(one('REQUIRED_FIELD_MISSING', 'Required fields are missing: [LastName]', ['LastName']));
    expect((await call('POST', '/sobjects/Task', { Subject: 'lead only', WhoId: leadId })).status).toBe(201);
  });

  it('refuses a duplicate value in a unique External ID field', async () => {
    expect((await call('POST', '/sobjects/Task', { Subject: 'a', Customer_Card_Key__c: 'int-1:003' })).status).toBe(201);
    const again = await call('POST', '/sobjects/Task', { Subject: 'b', Customer_Card_Key__c: 'INT-1:003' });
    expect(again.status).toBe(400);
    expect(again.body).toEqual([{ errorCode: 'DUPLICATE_VALUE', message: expect.stringMatching(/^duplicate value found: Customer_Card_Key__c duplicates value on record with id: 00T\w{15}$/), fields: [] }]);
  });

  it('answers unknown, malformed and deleted ids as the sObject Rows resource does', async () => {
    const id = ((await call('POST', '/sobjects/Account', { Name: 'Gone' })).body as { id: string }).id;
    expect(await call('GET', '/sobjects/Account/001Dn0000000zzzIAA')).toEqual({ status: 404, body: one('NOT_FOUND', 'The requested resource does not exist') });
    expect(await call('GET', '/sobjects/Account/garbage')).toEqual({ status: 404, body: one('NOT_FOUND', 'Provided external ID field does not exist or is not accessible: garbage') });
    expect((await call('GET', `/sobjects/Account/${id.slice(0, 15)}`)).status).toBe(200);
    expect(await call('DELETE', `/sobjects/Account/${id}`)).toEqual({ status: 204, body: null });
    expect(await call('DELETE', `/sobjects/Account/${id}`)).toEqual({ status: 404, body: one('ENTITY_IS_DELETED', 'entity is deleted') });
    expect(await call('GET', '/sobjects/Nothing__c/describe')).toEqual({ status: 404, body: one('NOT_FOUND', 'The requested resource does not exist') });
    expect((await call('POST', '/sobjects/Account', '{"Name": ')).body).toEqual([expect.objectContaining({ errorCode: 'JSON_PARSER_ERROR' })]);
    // Versions 7.0 to 30.0 are retired: 410 GONE (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/api_rest_eol.htm).
    expect((await fetch(`${sf.emulator.url}/services/data/v12.0/sobjects`, { headers: { authorization: `Bearer ${sf.conn.accessToken}` } })).status).toBe(410);
    expect((await fetch(`${sf.emulator.url}/services/data/v99.0/sobjects`, { headers: { authorization: `Bearer ${sf.conn.accessToken}` } })).status).toBe(404);
  });

  it('answers SOQL and SOSL errors with status 400 and the positioned message', async () => {
    const get = (resource: string, statement: string) => call('GET', `/${resource}?q=${encodeURIComponent(statement)}`);
    const at = (statement: string, column: number, reason: string) => `\n${statement}\n${' '.repeat(column - 1)}^\nERROR at Row:1:Column:${column}\n${reason}`;
    expect(await get('query', 'SELECT Foo FROM Contact')).toEqual({ status: 400, body: [{ errorCode: 'INVALID_FIELD', message: at('SELECT Foo FROM Contact', 8, "No such column 'Foo' on entity 'Contact'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.") }] });
    expect(await get('query', 'SELECT Id FROM Foo')).toEqual({ status: 400, body: [{ errorCode: 'INVALID_TYPE', message: at('SELECT Id FROM Foo', 16, "sObject type 'Foo' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.") }] });
    expect(await get('queryAll', 'SELECT Id FROM Contact WHERE')).toEqual({ status: 400, body: [{ errorCode: 'MALFORMED_QUERY', message: at('SELECT Id FROM Contact WHERE', 29, "unexpected token: '<EOF>'") }] });
    expect(await get('query', "SELECT Id FROM Contact WHERE Id = 'abc'")).toEqual({ status: 400, body: [{ errorCode: 'INVALID_QUERY_FILTER_OPERATOR', message: at("SELECT Id FROM Contact WHERE Id = 'abc'", 35, 'invalid ID field: abc') }] });
    expect(await get('search', 'FIND acme')).toEqual({ status: 400, body: [{ errorCode: 'MALFORMED_SEARCH', message: 'No search term found. The search term must be enclosed in braces.' }] });
    await expect(sf.conn.query('SELECT Id FROM Contact WHERE')).rejects.toMatchObject({ errorCode: 'MALFORMED_QUERY', message: expect.stringContaining("unexpected token: '<EOF>'") });
  });

  it('refuses to delete a User, which Salesforce deactivates instead', async () => {
    const userId = sf.conn.userInfo!.id;
    expect(await call('DELETE', `/sobjects/User/${userId}`)).toEqual({ status: 400, body: one('INVALID_TYPE_FOR_OPERATION', 'entity type User does not support delete') });
    await expect(sf.conn.sobject('User').destroy(userId)).rejects.toMatchObject({ errorCode: 'INVALID_TYPE_FOR_OPERATION' });
    expect((await call('GET', `/sobjects/User/${userId}`)).status).toBe(200);
  });

  it('surfaces errors through jsforce with their code', async () => {
    await expect(sf.conn.sobject('Lead').create({ LastName: 'No company' })).rejects.toMatchObject({ errorCode: 'REQUIRED_FIELD_MISSING', message: 'Required fields are missing: [Company]' });
  });
});
