import { describe, expect, it } from 'vitest';
import { failure, useDynamics } from './client';

const { emulator, api } = useDynamics();

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Web API rows; the assertions check their shape
type Row = Record<string, any>;

const contacts = (filter: string, extra: Record<string, unknown> = {}) =>
  api().retrieveMultiple<Row>({ collection: 'contacts', filter, select: ['fullname', 'telephone1'], ...extra });
const names = (rows: Row[]) => rows.map((r) => r.fullname);

describe('§1 retrieveMultiple with $filter', () => {
  it('finds a caller by a phone number in the format it was typed, through the telephone1 index', async () => {
    expect(names((await contacts("telephone1 eq '(415) 555-0199'")).value)).toEqual(['Ana Souza']);
    expect(names((await contacts("telephone1 eq '415-555-0199' or telephone1 eq '(415) 555-0199'")).value)).toEqual(['Ana Souza', 'Rafael Souza']);
    expect((await contacts("telephone1 eq '4155550199'")).value).toEqual([]);
  });

  it('finds the customers that exist only in Dynamics 365', async () => {
    const { value } = await contacts("telephone1 eq '206.555.0123' or mobilephone eq '+1 (425) 555-0133'", { select: ['fullname', 'cc_preferredlanguage'] });
    expect(value.map((r) => [r.fullname, r.cc_preferredlanguage])).toEqual([['Théo Girardin', 'French'], ['Olusegun Adeyemi', 'English']]);
  });

  it('compares text case- and accent-insensitively, as the English collation does', async () => {
    expect(names((await contacts("lastname eq 'GARCIA'")).value)).toEqual(['Maria García']);
    expect(names((await contacts("emailaddress1 eq 'Maria.Garcia@ACME.example'")).value)).toEqual(['Maria García']);
    expect(names((await contacts("startswith(fullname,'jose m')")).value)).toEqual(['José Muñoz']);
    expect(names((await contacts("contains(emailaddress1,'@umbrella.') and endswith(lastname,'ller')")).value)).toEqual(['Jürgen Müller']);
  });

  it('supports ne, not, null, grouping, numbers and lookups (_parentcustomerid_value eq <guid>)', async () => {
    const acme = (await api().retrieve({ collection: 'accounts', key: "accountnumber='ACC-10001'", select: ['name'] })).accountid;
    const people = await contacts(`_parentcustomerid_value eq ${acme} and not (mobilephone eq null)`, { select: ['fullname'] });
    expect(names(people.value)).toEqual(['Maria García', 'Emma Brown']);
    const consumers = await contacts(`_parentcustomerid_value eq null and (cc_nps ge 9 or cc_nps le 0) and address1_city ne 'Berlin'`);
    expect(consumers.value.length).toBeGreaterThan(0);
    expect(consumers.value.every((r) => r._parentcustomerid_value === undefined)).toBe(true);
    const viaPath = await contacts("parentcustomerid_account/accountnumber eq 'ACC-20001'");
    expect(names(viaPath.value)).toEqual(['Mei-Lin Zhou']);
  });

  it('filters a custom table on its lookup to contact', async () => {
    const theo = (await contacts("emailaddress1 eq 'theo.girardin@mail.example'")).value[0];
    const subscriptions = await api().retrieveMultiple<Row>({
      collection: 'cc_subscriptions', filter: `_cc_contactid_value eq ${theo.contactid}`, select: ['cc_name', 'cc_plan'], orderBy: ['cc_name desc'], includeAnnotations: '*',
    });
    expect(subscriptions.value.map((s) => s.cc_plan_Formatted)).toEqual(['TV', 'Fibre 1G']);
  });

  it('answers 400 for a filter it cannot read and for unknown properties', async () => {
    const bad = await failure(contacts("telephone1 eq '415"));
    expect(bad).toMatchObject({ status: 400, code: '0x80060888', message: "There is an unterminated literal at position 18 in 'telephone1 eq '415'." });
    expect(await failure(contacts("telephone1 eq 'x' 'y'"))).toMatchObject({ status: 400, message: "Syntax error at position 18 in 'telephone1 eq 'x' 'y''." });
    expect(await failure(contacts("telephone1 eq 'x' and"))).toMatchObject({ status: 400, message: "Expression expected at position 21 in 'telephone1 eq 'x' and'." });
    expect(await failure(contacts("shoesize eq 'x'"))).toMatchObject({ status: 400, message: "Could not find a property named 'shoesize' on type 'Microsoft.Dynamics.CRM.contact'." });
    expect(await failure(contacts("cc_nps eq 'high'"))).toMatchObject({ status: 400, message: expect.stringContaining('incompatible types') });
    // The entity set name, not the table's logical name.
    expect(await failure(api().retrieveMultiple({ collection: 'contact' }))).toMatchObject({ status: 404, message: "Resource not found for the segment 'contact'." });
  });
});

describe('§1 $select, $orderby, $top, $expand, $count and paging', () => {
  it('orders and limits', async () => {
    const { value } = await api().retrieveMultiple<Row>({ collection: 'accounts', select: ['name'], orderBy: ['name desc'], top: 3 });
    expect(value.map((a) => a.name)).toEqual(['Umbrella Pharma GmbH', 'Tanaka Trading KK', 'Soylent Foods']);
    expect(value[0]).toEqual({ '@odata.etag': expect.stringMatching(/^W\/"\d+"$/), name: 'Umbrella Pharma GmbH', accountid: expect.any(String) });
  });

  it('expands a lookup with a nested $select and $expand', async () => {
    const { value } = await api().retrieveMultiple<Row>({
      collection: 'incidents', select: ['title'], filter: "title eq 'Static IP for the loading dock cameras'",
      expand: [{ property: 'customerid_contact', select: ['fullname'], expand: [{ property: 'parentcustomerid_account', select: ['name'] }] }],
    });
    expect(value[0].customerid_contact).toMatchObject({ fullname: 'Mei-Lin Zhou', parentcustomerid_account: { name: 'Fabrikam Robotics' } });
  });

  it('pages with maxPageSize and @odata.nextLink, and retrieveAll follows the links', async () => {
    const first = await api().retrieveMultiple<Row>({ collection: 'contacts', select: ['fullname'], maxPageSize: 20, count: true });
    expect(first.value).toHaveLength(20);
    expect(first.oDataCount).toBeGreaterThanOrEqual(55);
    expect(first.oDataNextLink).toMatch(new RegExp(`^${emulator().url}/api/data/v9.2/contacts\\?\\$select=fullname&\\$count=true&\\$skiptoken=%3Ccookie`));
    const second = await api().retrieveMultiple<Row>({ collection: 'contacts', select: ['fullname'], maxPageSize: 20 }, first.oDataNextLink);
    expect(second.value).toHaveLength(20);
    expect(second.value[0].contactid).not.toBe(first.value[0].contactid);
    const all = await api().retrieveAll<Row>({ collection: 'contacts', select: ['fullname'], maxPageSize: 20 });
    expect(all.value).toHaveLength(first.oDataCount!);
    expect(new Set(all.value.map((c) => c.contactid)).size).toBe(all.value.length);
  });

  it('counts: count() with a filter, countAll() across pages, and <set>/$count', async () => {
    expect(await api().count({ collection: 'contacts', filter: "address1_city eq 'Seattle'" })).toBe(3);
    expect(await api().count({ collection: 'accounts' })).toBe(9);
    expect(await api().countAll({ collection: 'accounts', filter: "startswith(accountnumber,'ACC-1')", select: ['accountid'] })).toBe(8);
  });
});

describe('§1 formatted values and lookup annotations', () => {
  it('returns labels, lookup names and lookup tables with Prefer: odata.include-annotations="*"', async () => {
    const { value } = await api().retrieveMultiple<Row>({
      collection: 'incidents', filter: "title eq 'TV box reboots during live sport'", select: ['title', 'prioritycode', 'statuscode', 'caseorigincode', '_customerid_value', 'createdon'], includeAnnotations: '*',
    });
    expect(value[0]).toMatchObject({
      prioritycode: 1, prioritycode_Formatted: 'High', statuscode_Formatted: 'Researching', caseorigincode_Formatted: 'Phone',
      _customerid_value_Formatted: 'Théo Girardin', _customerid_value_LogicalName: 'contact', _customerid_value_NavigationProperty: 'customerid_contact',
      createdon_Formatted: expect.stringMatching(/^\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2} (AM|PM)$/),
    });
  });

  it('leaves annotations out unless asked for', async () => {
    const { value } = await api().retrieveMultiple<Row>({ collection: 'incidents', select: ['prioritycode'], top: 1 });
    expect(Object.keys(value[0]).filter((k) => k.includes('@') && k !== '@odata.etag')).toEqual([]);
  });
});

describe('§1 table definitions', () => {
  it('lists a table’s columns, custom ones included', async () => {
    const res = await api().retrieveAttributes({ entityKey: "LogicalName='contact'", select: ['LogicalName', 'AttributeType'] });
    const columns = Object.fromEntries(res.value.map((a: Row) => [a.LogicalName, a.AttributeType]));
    expect(columns).toMatchObject({ telephone1: 'String', parentcustomerid: 'Customer', cc_preferredlanguage: 'String', statecode: 'State' });
  });
});
