import { describe, expect, it } from 'vitest';
import { dataverse, failure, useDynamics } from './client';

const { emulator, api } = useDynamics();

interface Contact {
  contactid: string;
  fullname: string;
  telephone1: string | null;
  '@odata.etag': string;
  _parentcustomerid_value: string | null;
}

const accountId = async (accountnumber: string) => (await api().retrieve({ collection: 'accounts', key: `accountnumber='${accountnumber}'`, select: ['name'] })).accountid as string;

describe('§1 create and retrieve with DynamicsWebApi', () => {
  it('creates a contact (204 + OData-EntityId, the library returns the id) and reads it back', async () => {
    const id = await api().create<object, string>({ collection: 'contacts', data: { firstname: 'Zoë', lastname: 'Kowalczyk', telephone1: '+48 22 555 01 99', emailaddress1: 'zoe.k@mail.example' } });
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const contact = await api().retrieve<Contact>({ collection: 'contacts', key: id, select: ['fullname', 'telephone1'] });
    expect(contact).toMatchObject({ contactid: id, fullname: 'Zoë Kowalczyk', telephone1: '+48 22 555 01 99' });
    expect(contact['@odata.etag']).toMatch(/^W\/"\d+"$/);
    expect(Object.keys(contact)).not.toContain('emailaddress1');
  });

  it('binds a lookup with @odata.bind and returns the representation (201) with $select and $expand', async () => {
    const acme = await accountId('ACC-10001');
    const created = await api().create<Record<string, unknown>, Record<string, unknown>>({
      collection: 'contacts',
      data: { firstname: 'Pat', lastname: 'Nguyen', 'parentcustomerid_account@odata.bind': `/accounts(${acme})` },
      returnRepresentation: true,
      select: ['fullname', '_parentcustomerid_value'],
      expand: [{ property: 'parentcustomerid_account', select: ['name', 'accountnumber'] }],
    });
    expect(created).toMatchObject({ fullname: 'Pat Nguyen', _parentcustomerid_value: acme, parentcustomerid_account: { name: 'Acme Logistics', accountnumber: 'ACC-10001', accountid: acme } });
  });

  it('auto-numbers a case as CAS-01001-X1Y2Z3 and requires its customer', async () => {
    const contact = await api().create({ collection: 'contacts', data: { lastname: 'Okafor' } });
    const made = await api().create<Record<string, unknown>, { ticketnumber: string }>({
      collection: 'incidents', data: { title: 'No dial tone', 'customerid_contact@odata.bind': `/contacts(${contact})` }, returnRepresentation: true, select: ['ticketnumber'],
    });
    expect(made.ticketnumber).toMatch(/^CAS-\d{5}-[A-Z]\d[A-Z]\d[A-Z]\d$/);
    const error = await failure(api().create({ collection: 'incidents', data: { title: 'Nobody' } }));
    expect(error.status).toBe(400);
  });

  it('retrieves by alternate key and answers 404 with ObjectDoesNotExist for a missing record', async () => {
    expect(await accountId('ACC-20001')).toMatch(/^[0-9a-f-]{36}$/);
    const missing = '00000000-0000-0000-0000-00000000abcd';
    const error = await failure(api().retrieve({ collection: 'contacts', key: missing }));
    expect(error).toMatchObject({ status: 404, code: '0x80040217', message: `contact With Id = ${missing} Does Not Exist` });
  });

  it('refuses unknown columns, direct lookup writes and values outside a choice', async () => {
    expect(await failure(api().create({ collection: 'contacts', data: { shoe_size: 42 } }))).toMatchObject({ status: 400, message: expect.stringContaining("The property 'shoe_size' does not exist") });
    expect(await failure(api().create({ collection: 'contacts', data: { _parentcustomerid_value: '00000000-0000-0000-0000-000000000001' } }))).toMatchObject({ status: 400, code: '0x80048d19' });
    expect(await failure(api().create({ collection: 'incidents', data: { title: 'x', prioritycode: 9 } }))).toMatchObject({ status: 400, message: expect.stringContaining('Accepted Values: 1,2,3') });
    expect(await failure(api().create({ collection: 'contacts', data: { firstname: 'x'.repeat(51) } }))).toMatchObject({ status: 400, code: '0x80044331' });
  });
});

describe('§1 update with ETags, upsert and delete', () => {
  it('updates with If-Match on the current ETag and refuses a stale one with 412', async () => {
    const id = (await api().create({ collection: 'contacts', data: { firstname: 'Ines', lastname: 'Duarte' } })) as string;
    const first = await api().retrieve<Contact>({ collection: 'contacts', key: id, select: ['fullname'] });
    expect(await api().update({ collection: 'contacts', key: id, data: { firstname: 'Inês' }, ifmatch: first['@odata.etag'] })).toBe(true);
    const second = await api().retrieve<Contact>({ collection: 'contacts', key: id, select: ['fullname'] });
    expect(second.fullname).toBe('Inês Duarte');
    expect(second['@odata.etag']).not.toBe(first['@odata.etag']);
    // The library reports a 412 on update as `false`; with propagateErrors it surfaces the error.
    expect(await api().update({ collection: 'contacts', key: id, data: { firstname: 'Stale' }, ifmatch: first['@odata.etag'] })).toBe(false);
    const strict = dataverse(emulator().url, { propagateErrors: true });
    const error = await failure(strict.update({ collection: 'contacts', key: id, data: { firstname: 'Stale' }, ifmatch: first['@odata.etag'] }));
    expect(error).toMatchObject({ status: 412, code: '0x80060882', message: "The version of the existing record doesn't match the RowVersion property provided." });
    expect((await api().retrieve<Contact>({ collection: 'contacts', key: id, select: ['fullname'] })).fullname).toBe('Inês Duarte');
  });

  it('returns the updated record with returnRepresentation, and a plain update (If-Match: *) of a missing record is a 404', async () => {
    const id = (await api().create({ collection: 'contacts', data: { lastname: 'Haddad' } })) as string;
    const updated = await api().update<Record<string, unknown>, Contact>({ collection: 'contacts', key: id, data: { telephone1: '(415) 555-0111' }, returnRepresentation: true, select: ['telephone1'] });
    expect(updated.telephone1).toBe('(415) 555-0111');
    const strict = dataverse(emulator().url, { propagateErrors: true });
    expect((await failure(strict.update({ collection: 'contacts', key: '00000000-0000-0000-0000-00000000beef', data: { lastname: 'x' } }))).status).toBe(404);
  });

  it('upserts: creates then updates on the same key; If-None-Match: * refuses to update', async () => {
    const key = '11111111-2222-3333-4444-555555555555';
    await api().upsert({ collection: 'contacts', key, data: { firstname: 'Bruno', lastname: 'Lima' } });
    expect((await api().retrieve<Contact>({ collection: 'contacts', key, select: ['fullname'] })).fullname).toBe('Bruno Lima');
    await api().upsert({ collection: 'contacts', key, data: { firstname: 'Bruna' } });
    expect((await api().retrieve<Contact>({ collection: 'contacts', key, select: ['fullname'] })).fullname).toBe('Bruna Lima');
    expect(await api().upsert({ collection: 'contacts', key, data: { firstname: 'Nope' }, ifnonematch: '*' })).toBeNull();
    const strict = dataverse(emulator().url, { propagateErrors: true });
    const error = await failure(strict.upsert({ collection: 'contacts', key, data: { firstname: 'Nope' }, ifnonematch: '*' }));
    expect(error).toMatchObject({ status: 412, code: '0x80040237' });
    expect((await api().retrieve<Contact>({ collection: 'contacts', key, select: ['fullname'] })).fullname).toBe('Bruna Lima');
  });

  it('upserts by alternate key, creating the record with the key value', async () => {
    await api().upsert({ collection: 'accounts', key: "accountnumber='ACC-30077'", data: { name: 'Northwind Traders' } });
    const account = await api().retrieve({ collection: 'accounts', key: "accountnumber='ACC-30077'", select: ['name', 'accountnumber'] });
    expect(account).toMatchObject({ name: 'Northwind Traders', accountnumber: 'ACC-30077' });
  });

  it('deletes (with If-Match), clears the lookups that pointed at the record, then answers 404', async () => {
    const account = (await api().create({ collection: 'accounts', data: { name: 'Short-lived Ltd' } })) as string;
    const contact = (await api().create({ collection: 'contacts', data: { lastname: 'Berg', 'parentcustomerid_account@odata.bind': `/accounts(${account})` } })) as string;
    const { '@odata.etag': etag } = await api().retrieve({ collection: 'accounts', key: account, select: ['name'] });
    expect(await api().deleteRecord({ collection: 'accounts', key: account, ifmatch: 'W/"1"' })).toBe(false);
    expect(await api().deleteRecord({ collection: 'accounts', key: account, ifmatch: etag })).toBe(true);
    expect((await failure(api().retrieve({ collection: 'accounts', key: account }))).status).toBe(404);
    expect((await api().retrieve<Contact>({ collection: 'contacts', key: contact, select: ['_parentcustomerid_value'] }))._parentcustomerid_value).toBeNull();
    expect((await failure(api().deleteRecord({ collection: 'accounts', key: account }))).status).toBe(404);
  });
});

describe('§2 write-back: a phone call regarding the linked record', () => {
  it('creates a completed phonecall regarding a case and finds it by _regardingobjectid_value', async () => {
    const [incident] = (await api().retrieveMultiple<Record<string, string>>({ collection: 'incidents', filter: "title eq 'TV box reboots during live sport'", select: ['title'] })).value;
    const id = await api().create<object, string>({
      collection: 'phonecalls',
      data: {
        subject: 'Inbound call', phonenumber: '+1 206-555-0142', directioncode: false, actualdurationminutes: 4, statecode: 1, statuscode: 4,
        'regardingobjectid_incident_phonecall@odata.bind': `/incidents(${incident.incidentid})`,
      },
    });
    const { value } = await api().retrieveMultiple<Record<string, unknown>>({
      collection: 'phonecalls', filter: `_regardingobjectid_value eq ${incident.incidentid}`, select: ['subject', 'directioncode', 'statuscode', '_regardingobjectid_value'], includeAnnotations: '*',
    });
    expect(value.find((call) => call.activityid === id)).toMatchObject({
      directioncode_Formatted: 'Incoming', statuscode_Formatted: 'Received', _regardingobjectid_value_LogicalName: 'incident', _regardingobjectid_value_Formatted: 'TV box reboots during live sport',
    });
  });

  it('refuses a status reason that does not belong to the status', async () => {
    const error = await failure(api().create({ collection: 'phonecalls', data: { subject: 'x', statecode: 0, statuscode: 4 } }));
    expect(error.status).toBe(400);
  });
});

describe('§6 record form URL for the screen pop', () => {
  it('serves main.aspx?pagetype=entityrecord as an accessible record view', async () => {
    const contact = (await api().retrieveMultiple<Contact>({ collection: 'contacts', filter: "emailaddress1 eq 'theo.girardin@mail.example'", select: ['fullname'] })).value[0];
    const res = await fetch(`${emulator().url}/main.aspx?appid=x&pagetype=entityrecord&etn=contact&id=${contact.contactid}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<title>Théo Girardin - Contact</title>');
    expect(html).toContain('<h1>Théo Girardin</h1>');
    expect(html).toContain('<dt>Business Phone</dt><dd>+1 206-555-0142</dd>');
    expect(html).toContain('<dt>Preferred Method of Contact</dt><dd>Phone</dd>');
    const missing = await fetch(`${emulator().url}/main.aspx?pagetype=entityrecord&etn=contact&id=00000000-0000-0000-0000-000000000000`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Record Is Unavailable');
  });

  it('escapes record values in the page', async () => {
    const id = await api().create({ collection: 'contacts', data: { firstname: '<script>alert(1)</script>', lastname: 'Smith & Sons' } });
    const html = await (await fetch(`${emulator().url}/main.aspx?pagetype=entityrecord&etn=contact&id={${String(id).toUpperCase()}}`)).text();
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Smith &amp; Sons');
    expect(html).not.toContain('<script>');
  });
});
