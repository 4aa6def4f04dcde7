import { describe, expect, it } from 'vitest';
import { rejection as rejectionOf, useSalesforce } from './connect';

const sf = useSalesforce();

const idOf = (result: unknown) => (result as { id: string }).id;

/** The error jsforce rejects with, with the `fields` of the REST error body it carries in `data`. */
async function rejection(promise: Promise<unknown>) {
  const error = await rejectionOf(promise);
  return { errorCode: error.errorCode, message: error.message, fields: (error as { data?: { fields?: string[] } }).data?.fields };
}
const READ_ONLY = (fields: string) => `Unable to create/update fields: ${fields}. Please check the security settings of this field and verify that it is read-only or otherwise not allowed.`;

describe('Salesforce validates records as the platform does', () => {
  it('refuses a malformed email address with INVALID_EMAIL_ADDRESS, on create and update', async () => {
    const error = await rejection(sf.conn.sobject('Contact').create({ LastName: 'García', Email: 'maria at acme' }));
    expect(error).toMatchObject({ errorCode: 'INVALID_EMAIL_ADDRESS', message: 'Email: invalid email address: maria at acme', fields: ['Email'] });
    const id = idOf(await sf.conn.sobject('Contact').create({ LastName: 'García', Email: "maria.o'neil+card@acme.example" }));
    const update = await rejection(sf.conn.sobject('Contact').update({ Id: id, Email: 'maria@acme' }));
    expect(update).toMatchObject({ errorCode: 'INVALID_EMAIL_ADDRESS', message: 'Email: invalid email address: maria@acme' });
    const web = await rejection(sf.conn.sobject('Case').create({ Subject: 'Web form', SuppliedEmail: 'two@@at.example' }));
    expect(web).toMatchObject({ errorCode: 'INVALID_EMAIL_ADDRESS', message: 'Web Email: invalid email address: two@@at.example', fields: ['SuppliedEmail'] });
  });

  it('refuses fields that are not createable or not updateable with INVALID_FIELD_FOR_INSERT_UPDATE', async () => {
    const create = await rejection(sf.conn.sobject('Account').create({ Name: 'Nordlicht GmbH', LastActivityDate: '2026-01-05', IsCustomerPortal: true }));
    expect(create).toMatchObject({ errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE', message: READ_ONLY('LastActivityDate, IsCustomerPortal'), fields: ['LastActivityDate', 'IsCustomerPortal'] });
    const campaignId = idOf(await sf.conn.sobject('Campaign').create({ Name: 'Frühjahr' }));
    const other = idOf(await sf.conn.sobject('Campaign').create({ Name: 'Herbst' }));
    const contactId = idOf(await sf.conn.sobject('Contact').create({ LastName: 'Vogel' }));
    const memberId = idOf(await sf.conn.sobject('CampaignMember').create({ CampaignId: campaignId, ContactId: contactId }));
    const update = await rejection(sf.conn.sobject('CampaignMember').update({ Id: memberId, CampaignId: other }));
    expect(update).toMatchObject({ errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE', message: READ_ONLY('CampaignId'), fields: ['CampaignId'] });
  });

  it('holds phone and URL fields to their lengths', async () => {
    const phone = `+49 30 ${'1'.repeat(34)}`;
    const tooLongPhone = await rejection(sf.conn.sobject('Contact').create({ LastName: 'Lang', Phone: phone }));
    expect(tooLongPhone).toMatchObject({ errorCode: 'STRING_TOO_LONG', message: `Business Phone: data value too large: ${phone} (max length=40)`, fields: ['Phone'] });
    const website = `https://example.com/${'a'.repeat(236)}`;
    const tooLongUrl = await rejection(sf.conn.sobject('Account').create({ Name: 'Lang AG', Website: website }));
    expect(tooLongUrl).toMatchObject({ errorCode: 'STRING_TOO_LONG', message: `Website: data value too large: ${website} (max length=255)`, fields: ['Website'] });
    expect((await sf.conn.sobject('Account').create({ Name: 'Lang AG', Website: website.slice(0, 255), Phone: phone.slice(0, 40) })).success).toBe(true);
  });

  it('fires validation rules from metadata with their message and error display field', async () => {
    const negative = await rejection(sf.conn.sobject('Account').create({ Name: 'Minus KG', AnnualRevenue: -5 }));
    expect(negative).toMatchObject({ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'Annual Revenue cannot be negative.', fields: ['AnnualRevenue'] });
    const berlin = { LastName: 'Schröder', MailingCity: 'Berlin', MailingCountry: 'Germany' };
    const postal = await rejection(sf.conn.sobject('Contact').create({ ...berlin, MailingPostalCode: '1011' }));
    expect(postal).toMatchObject({ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'German postal codes have five digits.', fields: ['MailingPostalCode'] });
    const id = idOf(await sf.conn.sobject('Contact').create({ ...berlin, MailingPostalCode: '10115' }));
    await expect(sf.conn.sobject('Contact').update({ Id: id, MailingPostalCode: '10115-B' })).rejects.toMatchObject({ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION' });
    expect((await sf.conn.sobject('Contact').update({ Id: id, MailingCountry: 'US', MailingPostalCode: '10115-B' })).success).toBe(true);
  });

  it('gives new records the default record type and limits restricted picklists to the record type values', async () => {
    const types = await sf.conn.query<{ Id: string; DeveloperName: string }>("SELECT Id, DeveloperName FROM RecordType WHERE SobjectType = 'Case' ORDER BY DeveloperName");
    const [support, warranty] = types.records;
    expect(types.records.map((r) => r.DeveloperName)).toEqual(['Support', 'Warranty_Claim']);
    const infos = (await sf.conn.sobject('Case').describe()).recordTypeInfos;
    expect(infos.find((i) => i.defaultRecordTypeMapping)?.name).toBe('Support');
    expect(infos.map((i) => i.recordTypeId)).toEqual(expect.arrayContaining([support.Id, warranty.Id, '012000000000000AAA']));

    const plain = idOf(await sf.conn.sobject('Case').create({ Subject: 'Router blinkt rot', Status: 'Escalated' }));
    expect((await sf.conn.sobject('Case').retrieve(plain)).RecordTypeId).toBe(support.Id);
    const info = await sf.conn.request<{ defaultRecordTypeId: string; recordTypeInfos: Record<string, { name: string }> }>('/services/data/v62.0/ui-api/object-info/Case');
    expect(info.defaultRecordTypeId).toBe(support.Id);
    expect(info.recordTypeInfos[warranty.Id].name).toBe('Warranty Claim');
    const uiRecord = await sf.conn.request<{ recordTypeId: string }>(`/services/data/v62.0/ui-api/records/${plain}?fields=Case.Subject`);
    expect(uiRecord.recordTypeId).toBe(support.Id);

    const claim = { Subject: 'Display gebrochen', Description: 'Riss nach zwei Wochen', RecordTypeId: warranty.Id };
    const escalated = await rejection(sf.conn.sobject('Case').create({ ...claim, Status: 'Escalated' }));
    expect(escalated).toMatchObject({ errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', message: 'Status: bad value for restricted picklist field: Escalated', fields: ['Status'] });
    // Origin is not a restricted picklist: the API accepts a value the record type does not list.
    const claimId = idOf(await sf.conn.sobject('Case').create({ ...claim, Origin: 'Phone' }));
    const rows = await sf.conn.query<{ RecordType: { DeveloperName: string } }>(`SELECT RecordType.DeveloperName FROM Case WHERE Id = '${claimId}'`);
    expect(rows.records[0].RecordType.DeveloperName).toBe('Warranty_Claim');
  });

  it('runs record-type rules through RecordType.DeveloperName, ISPICKVAL, TEXT and LEN', async () => {
    const warranty = (await sf.conn.query<{ Id: string }>("SELECT Id FROM RecordType WHERE DeveloperName = 'Warranty_Claim'")).records[0].Id;
    const message = 'A warranty claim needs a description, and a reason once it is being worked on.';
    expect(await rejection(sf.conn.sobject('Case').create({ Subject: 'Akku', RecordTypeId: warranty }))).toMatchObject({ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message, fields: [] });
    const id = idOf(await sf.conn.sobject('Case').create({ Subject: 'Akku', Description: 'Hält keine Stunde', RecordTypeId: warranty }));
    await expect(sf.conn.sobject('Case').update({ Id: id, Status: 'Working' })).rejects.toMatchObject({ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message });
    expect((await sf.conn.sobject('Case').update({ Id: id, Status: 'Working', Reason: 'Breakdown' })).success).toBe(true);
    // The same fields on a support case break no rule.
    expect((await sf.conn.sobject('Case').create({ Subject: 'Akku' })).success).toBe(true);
  });

  it('refuses a record type of another object', async () => {
    const accountType = idOf(await sf.conn.sobject('RecordType').create({ Name: 'Partner', DeveloperName: 'Partner', SobjectType: 'Account', IsActive: true }));
    const error = await rejection(sf.conn.sobject('Case').create({ Subject: 'Falscher Typ', RecordTypeId: accountType }));
    expect(error).toMatchObject({ errorCode: 'INVALID_CROSS_REFERENCE_KEY', message: `Record Type ID: this ID value isn't valid for the user: ${accountType}`, fields: ['RecordTypeId'] });
  });
});
