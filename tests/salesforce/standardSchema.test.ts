import { describe, expect, it } from 'vitest';
import { useSalesforce } from './connect';

const sf = useSalesforce();

/**
 * Standard fields as the Object Reference lists them (name and describe type), typed here from
 * the reference pages, independently of the emulator's schema data:
 * https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_account.htm
 * https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_contact.htm
 * https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_case.htm
 * and the system fields (https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/system_fields.htm).
 */
const SYSTEM = 'Id:id IsDeleted:boolean CreatedDate:datetime CreatedById:reference LastModifiedDate:datetime LastModifiedById:reference SystemModstamp:datetime OwnerId:reference';
const address = (p: string) => `${p}Street:textarea ${p}City:string ${p}State:string ${p}PostalCode:string ${p}Country:string ${p}Latitude:double ${p}Longitude:double ${p}GeocodeAccuracy:picklist ${p}Address:address`;
const REFERENCE: Record<string, string> = {
  Account: `${SYSTEM} Name:string AccountNumber:string AccountSource:picklist AnnualRevenue:currency ${address('Billing')} ${address('Shipping')}
    ChannelProgramLevelName:string ChannelProgramName:string CleanStatus:picklist DandbCompanyId:reference Description:textarea DunsNumber:string
    Fax:phone Industry:picklist IsCustomerPortal:boolean IsPartner:boolean Jigsaw:string JigsawCompanyId:string LastActivityDate:date
    LastReferencedDate:datetime LastViewedDate:datetime MasterRecordId:reference NaicsCode:string NaicsDesc:string NumberOfEmployees:int
    OperatingHoursId:reference Ownership:picklist ParentId:reference Phone:phone PhotoUrl:url Rating:picklist Sic:string SicDesc:string
    Site:string TickerSymbol:string Tradestyle:string Type:picklist Website:url YearStarted:string`,
  Contact: `${SYSTEM} AccountId:reference AssistantName:string AssistantPhone:phone Birthdate:date CleanStatus:picklist Department:string
    Description:textarea DoNotCall:boolean Email:email EmailBouncedDate:datetime EmailBouncedReason:string Fax:phone FirstName:string
    HasOptedOutOfEmail:boolean HasOptedOutOfFax:boolean HomePhone:phone IndividualId:reference IsEmailBounced:boolean Jigsaw:string
    JigsawContactId:string LastActivityDate:date LastCURequestDate:datetime LastCUUpdateDate:datetime LastName:string LastReferencedDate:datetime
    LastViewedDate:datetime LeadSource:picklist ${address('Mailing')} ${address('Other')} MasterRecordId:reference MobilePhone:phone Name:string
    OtherPhone:phone Phone:phone PhotoUrl:url ReportsToId:reference Salutation:picklist Title:string`,
  Case: `${SYSTEM} AccountId:reference AssetId:reference BusinessHoursId:reference CaseNumber:string ClosedDate:datetime Comments:textarea
    ContactEmail:email ContactFax:phone ContactId:reference ContactMobile:phone ContactPhone:phone Description:textarea IsClosed:boolean
    IsClosedOnCreate:boolean IsEscalated:boolean Language:picklist LastReferencedDate:datetime LastViewedDate:datetime MasterRecordId:reference
    Origin:picklist ParentId:reference Priority:picklist Reason:picklist SourceId:reference Status:picklist Subject:string SuppliedCompany:string
    SuppliedEmail:email SuppliedName:string SuppliedPhone:string Type:picklist`,
};

const OBJECTS = ['Account', 'Contact', 'Lead', 'Case', 'Opportunity', 'Task', 'Event', 'Campaign', 'CampaignMember', 'User', 'Organization', 'RecordType',
  'Profile', 'UserRole', 'Attachment', 'ContentVersion', 'ContentDocument', 'ContentDocumentLink', 'Note', 'EmailMessage', 'CaseComment'];

describe('the standard schema, as the Object Reference documents it', () => {
  it.each(Object.keys(REFERENCE))('describes every Object Reference field of %s with its type', async (objectName) => {
    const described = await sf.conn.sobject(objectName).describe();
    const types = Object.fromEntries(described.fields.map((f) => [f.name, f.type]));
    const expected = REFERENCE[objectName].trim().split(/\s+/).map((pair) => pair.split(':'));
    const missing = expected.filter(([name, type]) => types[name] !== type).map(([name, type]) => `${name}:${type} (got ${types[name]})`);
    expect(missing).toEqual([]);
  });

  it('describes field shapes: lengths, access, compound parts, picklists and relationships', async () => {
    const fields = async (objectName: string) => new Map((await sf.conn.sobject(objectName).describe()).fields.map((f) => [f.name, f]));
    const account = await fields('Account');
    expect(account.get('BillingState')).toMatchObject({ length: 80, nillable: true, createable: true, updateable: true, compoundFieldName: 'BillingAddress' });
    expect(account.get('BillingAddress')).toMatchObject({ createable: false, updateable: false, filterable: false });
    expect(account.get('LastActivityDate')).toMatchObject({ createable: false, updateable: false, nillable: true });
    expect(account.get('ParentId')).toMatchObject({ referenceTo: ['Account'], relationshipName: 'Parent' });
    expect(account.get('Rating')?.picklistValues?.map((p) => p.value)).toEqual(['Hot', 'Warm', 'Cold']);
    const caseFields = await fields('Case');
    expect(caseFields.get('CaseNumber')).toMatchObject({ autoNumber: true, createable: false, nameField: true, idLookup: true });
    expect(caseFields.get('OwnerId')?.referenceTo).toEqual(['Group', 'User']);
    expect(caseFields.get('Status')).toMatchObject({ restrictedPicklist: true, nillable: false, defaultValue: 'New' });
    const email = await fields('EmailMessage');
    expect(email.get('Status')?.picklistValues?.find((p) => p.value === '3')?.label).toBe('Sent');
    const link = await fields('ContentDocumentLink');
    expect(link.has('CreatedDate')).toBe(false);
    expect(link.get('LinkedEntityId')).toMatchObject({ createable: true, updateable: false, relationshipName: 'LinkedEntity' });
    const caseDescribe = await sf.conn.sobject('Case').describe();
    expect(caseDescribe.childRelationships.map((r) => r.relationshipName)).toEqual(expect.arrayContaining(['CaseComments', 'EmailMessages', 'Attachments', 'Cases']));
  });

  it('knows every object the product and common tools touch', async () => {
    const global = await sf.conn.describeGlobal();
    const names = global.sobjects.map((s) => s.name);
    expect(OBJECTS.filter((name) => !names.includes(name))).toEqual([]);
    for (const objectName of OBJECTS) expect((await sf.conn.sobject(objectName).describe()).fields.length).toBeGreaterThan(4);
  });

  it('keeps the org\'s Organization record under the org id login returned', async () => {
    const org = await sf.conn.query<{ Id: string; Name: string; OrganizationType: string }>('SELECT Id, Name, OrganizationType FROM Organization');
    expect(org.records).toEqual([expect.objectContaining({ Id: sf.conn.userInfo?.organizationId, Name: 'Customer Card Emulator', OrganizationType: 'Developer Edition' })]);
  });

  it('filters and reads the fields Account had been missing, with the compound address', async () => {
    const { id } = (await sf.conn.sobject('Account').create({ Name: 'Bäckerei Brandt', BillingStreet: 'Hauptstraße 5', BillingCity: 'München', BillingState: 'Bayern', BillingPostalCode: '80331', BillingCountry: 'Germany' })) as { id: string };
    const found = await sf.conn.query<{ Id: string; BillingAddress: Record<string, unknown>; LastActivityDate: string | null }>(
      "SELECT Id, BillingAddress, LastActivityDate FROM Account WHERE BillingState = 'Bayern' AND LastActivityDate = null",
    );
    expect(found.records.map((r) => r.Id)).toEqual([id]);
    expect(found.records[0].BillingAddress).toMatchObject({ street: 'Hauptstraße 5', city: 'München', state: 'Bayern', postalCode: '80331', country: 'Germany', latitude: null });
    expect((await sf.conn.query("SELECT Id FROM Account WHERE LastActivityDate < 2020-01-01")).totalSize).toBe(0);
    const contact = await sf.conn.sobject('Contact').create({ LastName: 'Brandt', AccountId: id, Department: 'Einkauf', AssistantName: 'Jörg' });
    expect(contact.success).toBe(true);
    await expect(sf.conn.sobject('Account').update({ Id: id, LastActivityDate: '2026-01-01' })).rejects.toMatchObject({ errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE' });
  });
});
