import jsforce from 'jsforce';
import { describe, expect, it } from 'vitest';
import { rejection, useSalesforce } from './connect';

/** The partner SOAP calls jsforce exposes through conn.soap, and their faults. */
const sf = useSalesforce();

describe('undelete', () => {
  it('takes a deleted record out of the recycle bin, and fails per id for live and malformed ids', async () => {
    const { id } = await sf.conn.sobject('Account').create({ Name: 'Bäckerei Nord' });
    await sf.conn.sobject('Account').destroy(id!);
    await expect(sf.conn.sobject('Account').retrieve(id!)).rejects.toMatchObject({ errorCode: 'ENTITY_IS_DELETED' });
    const [restored, again, malformed] = await sf.conn.soap.undelete([id!, id!, 'not-an-id']);
    expect(restored).toEqual({ id, success: true, errors: [] });
    expect(again).toMatchObject({ id, success: false, errors: [{ statusCode: 'UNDELETE_FAILED', message: 'Entity is not in the recycle bin' }] });
    expect(malformed).toMatchObject({ id: null, success: false, errors: [{ statusCode: 'MALFORMED_ID' }] });
    expect((await sf.conn.sobject('Account').retrieve(id!)).Name).toBe('Bäckerei Nord');
  });
});

describe('merge', () => {
  it('merges a duplicate into the master, moving its contacts and taking the given field values', async () => {
    const [master, duplicate] = await sf.conn.sobject('Account').create([{ Name: 'Müller & Söhne' }, { Name: 'Mueller und Soehne' }]);
    const { id: contactId } = await sf.conn.sobject('Contact').create({ LastName: 'Brandt', AccountId: duplicate.id });
    // The master's field values ride along in masterRecord (jsforce's type names only type and Id).
    const masterRecord = { type: 'Account', Id: master.id, Phone: '+49 30 1234567' };
    const result = await sf.conn.soap.merge({ masterRecord, recordToMergeIds: [duplicate.id!] });
    expect(result).toMatchObject({ id: master.id, success: true, mergedRecordIds: [duplicate.id], updatedRelatedIds: [contactId] });
    expect((await sf.conn.sobject('Contact').retrieve(contactId!)).AccountId).toBe(master.id);
    expect((await sf.conn.sobject('Account').retrieve(master.id!)).Phone).toBe('+49 30 1234567');
    await expect(sf.conn.sobject('Account').retrieve(duplicate.id!)).rejects.toMatchObject({ errorCode: 'ENTITY_IS_DELETED' });
  });

  it('refuses records of another type or the master itself', async () => {
    const { id: account } = await sf.conn.sobject('Account').create({ Name: 'Solo GmbH' });
    const { id: contact } = await sf.conn.sobject('Contact').create({ LastName: 'Elsewhere' });
    const wrongType = await sf.conn.soap.merge({ masterRecord: { type: 'Account', Id: account }, recordToMergeIds: [contact!] });
    expect(wrongType).toMatchObject({ success: false, errors: [{ statusCode: 'INVALID_ID_FIELD' }] });
    const itself = await sf.conn.soap.merge({ masterRecord: { type: 'Account', Id: account }, recordToMergeIds: [account!] });
    expect(itself.success).toBe(false);
    const opportunity = await sf.conn.soap.merge({ masterRecord: { type: 'Opportunity', Id: account }, recordToMergeIds: [account!] });
    expect(opportunity).toMatchObject({ success: false, errors: [{ statusCode: 'INVALID_TYPE' }] });
  });
});

describe('convertLead', () => {
  it('turns a lead into an account, a contact and an opportunity, and marks it converted', async () => {
    const { id: leadId } = await sf.conn.sobject('Lead').create({ FirstName: 'Zoë', LastName: 'Lefèvre', Company: 'Atelier Lefèvre', Email: 'zoe@atelier-lefevre.example', Phone: '+33 1 42 68 53 00' });
    const result = await sf.conn.soap.convertLead({ leadId: leadId!, convertedStatus: 'Closed - Converted', doNotCreateOpportunity: false });
    expect(result).toMatchObject({ success: true, leadId, errors: [] });
    const contact = await sf.conn.sobject('Contact').retrieve(result.contactId!);
    expect(contact).toMatchObject({ FirstName: 'Zoë', LastName: 'Lefèvre', Email: 'zoe@atelier-lefevre.example', AccountId: result.accountId });
    expect((await sf.conn.sobject('Account').retrieve(result.accountId!)).Name).toBe('Atelier Lefèvre');
    expect((await sf.conn.sobject('Opportunity').retrieve(result.opportunityId!)).Name).toBe('Atelier Lefèvre-');
    expect(await sf.conn.sobject('Lead').retrieve(leadId!)).toMatchObject({ IsConverted: true, Status: 'Closed - Converted' });

    const twice = await sf.conn.soap.convertLead({ leadId: leadId!, convertedStatus: 'Closed - Converted' });
    expect(twice).toMatchObject({ success: false, errors: [{ statusCode: 'CANNOT_UPDATE_CONVERTED_LEAD' }] });
  });

  it('converts into an existing account without an opportunity, and refuses a status that does not convert', async () => {
    const { id: leadId } = await sf.conn.sobject('Lead').create({ LastName: 'Nakamura', Company: 'Nakamura KK' });
    const { id: accountId } = await sf.conn.sobject('Account').create({ Name: 'Nakamura Holdings' });
    const wrong = await sf.conn.soap.convertLead({ leadId: leadId!, convertedStatus: 'Working - Contacted' });
    expect(wrong).toMatchObject({ success: false, errors: [{ statusCode: 'INVALID_STATUS' }] });
    const result = await sf.conn.soap.convertLead({ leadId: leadId!, convertedStatus: 'Closed - Converted', accountId: accountId!, doNotCreateOpportunity: true });
    expect(result).toMatchObject({ success: true, accountId, opportunityId: null });
  });
});

describe('describeTabs', () => {
  it('lists the apps with their tabs', async () => {
    const apps = await sf.conn.soap.describeTabs();
    const sales = apps.find((a) => a.label === 'Sales');
    expect(sales?.selected).toBe(true);
    expect(sales?.tabs.map((t) => t.sobjectName)).toEqual(expect.arrayContaining(['Account', 'Contact', 'Lead', 'Opportunity']));
    expect(sales?.tabs[0]).toMatchObject({ name: 'standard-Account', custom: false, url: `${sf.emulator.url}/001/o` });
  });
});

describe('faults', () => {
  it('answers a bad session with the INVALID_SESSION_ID fault, HTTP 500', async () => {
    const res = await fetch(`${sf.emulator.url}/services/Soap/u/62.0`, {
      method: 'POST', headers: { 'content-type': 'text/xml', SOAPAction: '""' },
      body: '<se:Envelope xmlns:se="http://schemas.xmlsoap.org/soap/envelope/"><se:Header><SessionHeader xmlns="urn:partner.soap.sforce.com"><sessionId>forged</sessionId></SessionHeader></se:Header><se:Body><describeTabs xmlns="urn:partner.soap.sforce.com"/></se:Body></se:Envelope>',
    });
    const xml = await res.text();
    expect(res.status).toBe(500);
    expect(xml).toContain('<faultcode>sf:INVALID_SESSION_ID</faultcode>');
    expect(xml).toContain('<sf:exceptionCode>INVALID_SESSION_ID</sf:exceptionCode>');
    const forged = new jsforce.Connection({ instanceUrl: sf.emulator.url, accessToken: 'forged', version: '62.0' });
    expect((await rejection(forged.soap.describeTabs())).errorCode).toBe('sf:INVALID_SESSION_ID');
  });

  it('answers an operation it does not have with a fault', async () => {
    const { user_id } = await sf.conn.identity();
    const error = await rejection(sf.conn.soap.resetPassword(user_id));
    expect(error).toMatchObject({ errorCode: 'sf:INVALID_OPERATION' });
  });

  it('answers the Metadata API with a fault jsforce reads, not a bare 404', async () => {
    const error = await rejection(sf.conn.metadata.list([{ type: 'CustomObject' }], '62.0'));
    expect(error).toMatchObject({ errorCode: 'sf:INVALID_OPERATION' });
    expect(error.message).toContain('/services/Soap/m');
  });
});

describe('undelete with details', () => {
  it('brings back the contacts that went to the recycle bin with their account', async () => {
    const { id: account } = await sf.conn.sobject('Account').create({ Name: 'Kaffeerösterei Süd' });
    const { id: contact } = await sf.conn.sobject('Contact').create({ LastName: 'Wagner', AccountId: account });
    await sf.conn.sobject('Account').destroy(account!);
    await expect(sf.conn.sobject('Contact').retrieve(contact!)).rejects.toMatchObject({ errorCode: 'ENTITY_IS_DELETED' });
    const [restored] = await sf.conn.soap.undelete([account!]);
    expect(restored).toEqual({ id: account, success: true, errors: [] });
    expect((await sf.conn.sobject('Contact').retrieve(contact!)).AccountId).toBe(account);
  });
});

describe('emptyRecycleBin', () => {
  it('deletes binned records and their details for good, and fails per id for live, unknown and malformed ids', async () => {
    const { id: account } = await sf.conn.sobject('Account').create({ Name: 'Papierwerk Ost' });
    const { id: contact } = await sf.conn.sobject('Contact').create({ LastName: 'Krüger', AccountId: account });
    const { id: live } = await sf.conn.sobject('Account').create({ Name: 'Still Trading AG' });
    await sf.conn.sobject('Account').destroy(account!);
    // jsforce types the answer as one result; the call answers one per id.
    const results = (await sf.conn.soap.emptyRecycleBin([account!, live!, 'not-an-id'])) as unknown as { id: string | null; success: boolean }[];
    const [emptied, notBinned, malformed] = results;
    expect(emptied).toEqual({ id: account, success: true, errors: [] });
    expect(notBinned).toMatchObject({ id: live, success: false, errors: [{ statusCode: 'INVALID_ID_FIELD' }] });
    expect(malformed).toMatchObject({ id: null, success: false, errors: [{ statusCode: 'MALFORMED_ID' }] });
    // Gone for good: no undelete, and queryAll finds neither the account nor the contact deleted with it.
    const [again] = await sf.conn.soap.undelete([account!]);
    expect(again).toMatchObject({ success: false, errors: [{ statusCode: 'INVALID_CROSS_REFERENCE_KEY' }] });
    const left = await sf.conn.query(`SELECT Id FROM Contact WHERE Id = '${contact}'`, { scanAll: true });
    expect(left.totalSize).toBe(0);
    expect((await sf.conn.sobject('Account').retrieve(live!)).Name).toBe('Still Trading AG');
  });

  it('refuses more than 200 ids in one call with a fault', async () => {
    const ids = Array.from({ length: 201 }, () => '001Dn0000000001IAA');
    expect(await rejection(sf.conn.soap.emptyRecycleBin(ids))).toMatchObject({ errorCode: 'sf:EXCEEDED_ID_LIMIT' });
  });
});

describe('getServerTimestamp and getUserInfo', () => {
  it("answers the server's time and the session's user", async () => {
    const before = Date.now();
    const { timestamp } = await sf.conn.soap.getServerTimestamp();
    expect(Math.abs(new Date(timestamp).getTime() - before)).toBeLessThan(60_000);
    const identity = await sf.conn.identity();
    const info = await sf.conn.soap.getUserInfo();
    expect(info).toMatchObject({ userId: identity.user_id, organizationId: identity.organization_id, userName: 'agent@customercard.example' });
  });
});
