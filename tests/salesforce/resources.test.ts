import { describe, expect, it } from 'vitest';
import { rejection, useSalesforce } from './connect';

const sf = useSalesforce();
const base = '/services/data/v62.0';

interface ListViews { listviews: { id: string; label: string }[] }
interface ListViewResults {
  columns: { fieldNameOrPath: string; hidden: boolean }[];
  records: { columns: { fieldNameOrPath: string; value: string | null }[] }[];
}
const minutes = (n: number) => new Date(Date.now() + n * 60_000);

describe('REST resources jsforce calls (§5)', () => {
  it('lists records updated and deleted in a time window', async () => {
    const a = (await sf.conn.sobject('Lead').create({ LastName: 'Ferreira', Company: 'Açores Pescas' })) as { id: string };
    const b = (await sf.conn.sobject('Lead').create({ LastName: 'Moreau', Company: 'Café de Lyon' })) as { id: string };
    await sf.conn.sobject('Lead').destroy(b.id);
    const updated = await sf.conn.sobject('Lead').updated(minutes(-5), minutes(5));
    expect(updated.ids).toContain(a.id);
    expect(updated.ids).not.toContain(b.id);
    expect(updated.latestDateCovered).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/);
    const deleted = await sf.conn.sobject('Lead').deleted(minutes(-5), minutes(5));
    expect(deleted.deletedRecords).toEqual([{ id: b.id, deletedDate: expect.stringMatching(/\+0000$/) }]);
    expect(deleted).toHaveProperty('earliestDateAvailable');
    const old = await rejection(sf.conn.sobject('Lead').deleted(minutes(-60 * 24 * 20), minutes(5)));
    expect(old).toMatchObject({ errorCode: 'INVALID_REPLICATION_DATE', message: 'startDate cannot be more than 15 days ago' });
  });

  it('describes page layouts and compact layouts', async () => {
    const layouts = await sf.conn.sobject('Account').layouts();
    const layout = layouts.layouts[0];
    expect(layout.detailLayoutSections.map((s) => s.heading)).toEqual(['Account Information', 'Address Information', 'Description Information', 'System Information']);
    const first = layout.detailLayoutSections[0].layoutRows[0].layoutItems[0];
    expect(first).toMatchObject({ label: 'Owner ID', layoutComponents: [{ type: 'Field', value: 'OwnerId', details: { name: 'OwnerId', type: 'reference' } }] });
    expect(layout.relatedLists.map((r) => r.name)).toEqual(['Contacts', 'Opportunities', 'Cases', 'Tasks']);
    expect(layouts.recordTypeMappings[0]).toMatchObject({ master: true, recordTypeId: '012000000000000AAA', layoutId: layout.id });
    const compact = await sf.conn.sobject('Contact').compactLayouts();
    expect(compact.compactLayouts[0].fieldItems.map((i) => i.layoutComponents[0].value)).toEqual(['Name', 'Title', 'AccountId', 'Phone', 'Email']);
    await expect(sf.conn.sobject('Event').layouts()).rejects.toMatchObject({ errorCode: 'NOT_FOUND' });
  });

  it('describes quick actions and approval layouts as an org without any: empty lists, and NOT_FOUND for an unknown object', async () => {
    expect(await sf.conn.sobject('Contact').quickActions()).toEqual([]);
    expect(await sf.conn.quickActions()).toEqual([]);
    expect(await sf.conn.sobject('Case').approvalLayouts()).toEqual({ approvalLayouts: [] });
    await expect(sf.conn.sobject('Nonexistent__c').quickActions()).rejects.toMatchObject({ errorCode: 'NOT_FOUND' });
  });

  it('answers paths it does not serve under /services/ in Salesforce\'s shape, never its own', async () => {
    await expect(sf.conn.apex.get('/CustomerCard/v1/cards')).rejects.toMatchObject({ errorCode: 'NOT_FOUND', message: 'Could not find a match for URL' });
    const res = await fetch(`${sf.emulator.url}/services/wave/datasets`, { headers: { authorization: `Bearer ${sf.conn.accessToken}` } });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual([{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist', fields: [] }]);
    // Apex REST checks the session first, as the org does.
    const anonymous = await fetch(`${sf.emulator.url}/services/apexrest/CustomerCard/v1/cards`);
    expect(anonymous.status).toBe(401);
  });

  it('lists list views, describes one and reads its results', async () => {
    await sf.conn.sobject('Contact').create({ LastName: 'Åkesson', FirstName: 'Björn', Email: 'bjorn@example.se' });
    const views = (await sf.conn.sobject('Contact').listviews()) as unknown as ListViews;
    expect(views.listviews.map((v) => v.label)).toEqual(['All Contacts', 'My Contacts', 'Birthdays This Month', 'Recently Viewed Contacts']);
    const all = views.listviews[0];
    expect(all.id).toMatch(/^00B\w{15}$/);
    const described = await sf.conn.sobject('Contact').listview(all.id).describe();
    expect(described).toMatchObject({ id: all.id, sobjectType: 'Contact', scope: 'everything', query: expect.stringMatching(/^SELECT Id, CreatedDate, .* FROM Contact ORDER BY Name, Id$/) });
    const results = (await sf.conn.sobject('Contact').listview(all.id).results()) as unknown as ListViewResults;
    const row = results.records.find((r) => r.columns.some((c) => c.fieldNameOrPath === 'Email' && c.value === 'bjorn@example.se'));
    expect(row?.columns.find((c) => c.fieldNameOrPath === 'Name')?.value).toBe('Björn Åkesson');
    expect(results.columns.find((c) => c.fieldNameOrPath === 'Id')).toMatchObject({ hidden: true });
    const plan = await sf.conn.sobject('Contact').listview(all.id).explain();
    expect(plan.plans.at(-1)).toMatchObject({ leadingOperationType: 'TableScan', sobjectType: 'Contact' });
  });

  it('traverses relationships from a record to its children and to its parent', async () => {
    const account = (await sf.conn.sobject('Account').create({ Name: 'Dürnstein Weine' })) as { id: string };
    await sf.conn.sobject('Contact').create([{ LastName: 'Huber', AccountId: account.id }, { LastName: 'Gruber', AccountId: account.id }]);
    const children = await sf.conn.request<{ totalSize: number; records: { LastName: string; attributes: { type: string } }[] }>(`${base}/sobjects/Account/${account.id}/Contacts`);
    expect(children.totalSize).toBe(2);
    expect(children.records.map((r) => r.LastName).sort()).toEqual(['Gruber', 'Huber']);
    const contactId = (children.records[0] as unknown as { Id: string }).Id;
    const parent = await sf.conn.request<{ Id: string; Name: string }>(`${base}/sobjects/Contact/${contactId}/Account?fields=Name`);
    expect(parent).toMatchObject({ Name: 'Dürnstein Weine', attributes: { type: 'Account' } });
    await expect(sf.conn.request(`${base}/sobjects/Account/${account.id}/Parent`)).rejects.toMatchObject({ errorCode: 'NOT_FOUND' });
  });

  it('creates a record tree with reference ids, and rolls it all back on an error', async () => {
    const ok = await sf.conn.requestPost<{ hasErrors: boolean; results: { referenceId: string; id: string }[] }>(`${base}/composite/tree/Account`, {
      records: [{ attributes: { type: 'Account', referenceId: 'acme' }, Name: 'Árvore Lda', Contacts: { records: [{ attributes: { type: 'Contact', referenceId: 'ana' }, LastName: 'Sousa', Email: 'ana@arvore.pt' }] } }],
    });
    expect(ok).toEqual({ hasErrors: false, results: [{ referenceId: 'acme', id: expect.stringMatching(/^001/) }, { referenceId: 'ana', id: expect.stringMatching(/^003/) }] });
    expect((await sf.conn.sobject('Contact').retrieve(ok.results[1].id)).AccountId).toBe(ok.results[0].id);

    const bad = await sf.conn.request({ method: 'POST', url: `${base}/composite/tree/Account`, body: JSON.stringify({
      records: [{ attributes: { type: 'Account', referenceId: 'ref1' }, Name: 'Never Saved SA', Contacts: { records: [{ attributes: { type: 'Contact', referenceId: 'ref2' }, FirstName: 'No last name' }] } }],
    }), headers: { 'content-type': 'application/json' } }).catch((error: { message: string }) => JSON.parse(error.message) as unknown);
    expect(bad).toEqual({ hasErrors: true, results: [{ referenceId: 'ref2', errors: [{ statusCode: 'REQUIRED_FIELD_MISSING', message: 'Required fields are missing: [LastName]', fields: ['LastName'] }] }] });
    expect((await sf.conn.query("SELECT Id FROM Account WHERE Name = 'Never Saved SA'")).totalSize).toBe(0);
  });

  it('runs a composite batch and halts after an error when asked', async () => {
    const res = await sf.conn.requestPost<{ hasErrors: boolean; results: { statusCode: number; result: unknown }[] }>(`${base}/composite/batch`, {
      haltOnError: true,
      batchRequests: [
        { method: 'POST', url: 'v62.0/sobjects/Contact', richInput: { LastName: 'Batch' } },
        { method: 'GET', url: 'v62.0/sobjects/Contact/003000000000000AAA' },
        { method: 'GET', url: 'v62.0/limits' },
      ],
    });
    expect(res.hasErrors).toBe(true);
    expect(res.results.map((r) => r.statusCode)).toEqual([201, 404, 412]);
    expect(res.results[2].result).toEqual([{ errorCode: 'BATCH_PROCESSING_HALTED', message: 'Batch processing halted per request' }]);
  });

  it('explains a query with the index the emulator reads', async () => {
    await sf.conn.sobject('Contact').create({ LastName: 'Indexed', Email: 'plan@example.com' });
    const plan = await sf.conn.sobject('Contact').find({ Email: 'plan@example.com' }).explain();
    expect(plan.plans[0]).toMatchObject({ leadingOperationType: 'Index', fields: ['Email'], cardinality: 1, sobjectType: 'Contact' });
    expect(plan.plans[1]).toMatchObject({ leadingOperationType: 'TableScan', fields: [] });
    expect(plan.plans[0].relativeCost).toBeLessThan(plan.plans[1].relativeCost);
    const scan = await sf.conn.query('SELECT Id FROM Contact WHERE Title != null').explain();
    expect(scan.plans.map((p) => p.leadingOperationType)).toEqual(['TableScan']);
  });

  it('takes an account\'s contacts, opportunities and activities to the recycle bin, and refuses while cases hold it', async () => {
    const account = (await sf.conn.sobject('Account').create({ Name: 'Cascata Srl' })) as { id: string };
    const contact = (await sf.conn.sobject('Contact').create({ LastName: 'Rossi', AccountId: account.id })) as { id: string };
    const opportunity = (await sf.conn.sobject('Opportunity').create({ Name: 'Rinnovo', StageName: 'Prospecting', CloseDate: '2027-01-31', AccountId: account.id })) as { id: string };
    const task = (await sf.conn.sobject('Task').create({ Subject: 'Chiamata', WhoId: contact.id })) as { id: string };
    const kase = (await sf.conn.sobject('Case').create({ Subject: 'Guasto', AccountId: account.id })) as { id: string };
    const held = await rejection(sf.conn.sobject('Account').destroy(account.id));
    expect(held.errorCode).toBe('DELETE_FAILED');
    expect(held.message).toMatch(/^Your attempt to delete Cascata Srl could not be completed because it is associated with the following cases\.: \d{8}\n$/);
    await sf.conn.sobject('Case').destroy(kase.id);
    await sf.conn.sobject('Account').destroy(account.id);
    for (const [object, id] of [['Contact', contact.id], ['Opportunity', opportunity.id], ['Task', task.id]]) {
      const bin = await sf.conn.query<{ IsDeleted: boolean }>(`SELECT IsDeleted FROM ${object} WHERE Id = '${id}'`, { scanAll: true });
      expect(bin.records).toEqual([expect.objectContaining({ IsDeleted: true })]);
    }
  });
});
