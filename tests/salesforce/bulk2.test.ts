import { describe, expect, it } from 'vitest';
import { useSalesforce } from './connect';

const sf = useSalesforce();
const FIRST = ['María', 'José', 'Chloé', 'Jürgen', 'Siobhán', 'Zoë'];

/** A jsforce connection that polls bulk jobs quickly, so the tests stay short. */
const bulk2 = () => Object.assign(sf.conn.bulk2, { pollInterval: 50, pollTimeout: 20_000 });

describe('Bulk API 2.0 ingest (§7)', () => {
  it('upserts 3000 contacts by external id and reports created and updated rows', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => ({ External_Id__c: `B2-${i}`, FirstName: FIRST[i % FIRST.length], LastName: `Núñez ${i}`, Email: `bulk${i}@example.com` }));
    const first = await bulk2().loadAndWaitForResults({ object: 'Contact', operation: 'upsert', externalIdFieldName: 'External_Id__c', input: rows });
    expect(first.successfulResults).toHaveLength(3000);
    expect(first.failedResults).toEqual([]);
    expect(first.successfulResults[0]).toMatchObject({ sf__Id: expect.stringMatching(/^003\w{15}$/), sf__Created: 'true', External_Id__c: 'B2-0', LastName: 'Núñez 0' });

    const again = await bulk2().loadAndWaitForResults({
      object: 'Contact', operation: 'upsert', externalIdFieldName: 'External_Id__c',
      // jsforce takes the CSV header from the first row, so it names every column.
      input: [{ External_Id__c: 'B2-1', Title: 'Buyer', LastName: '' }, { External_Id__c: 'B2-new', LastName: 'Nueva' }, { External_Id__c: 'B2-bad', Title: 'No last name' }],
    });
    expect(again.successfulResults.map((r) => [(r as Record<string, unknown>).External_Id__c, r.sf__Created])).toEqual([['B2-1', 'false'], ['B2-new', 'true']]);
    expect(again.successfulResults[0].sf__Id as string).toBe(first.successfulResults[1].sf__Id);
    expect(again.failedResults).toEqual([expect.objectContaining({ sf__Id: '', External_Id__c: 'B2-bad', sf__Error: 'REQUIRED_FIELD_MISSING:Required fields are missing: [LastName]:LastName --' })]);
    const updated = await sf.conn.query<{ Title: string; LastName: string }>("SELECT Title, LastName FROM Contact WHERE External_Id__c = 'B2-1'");
    expect(updated.records[0]).toMatchObject({ Title: 'Buyer', LastName: 'Núñez 1' });
  });

  it('moves an ingest job through its states and counts processed and failed rows', async () => {
    const job = bulk2().createJob({ object: 'Account', operation: 'insert' });
    const opened = await job.open();
    expect(opened).toMatchObject({ state: 'Open', object: 'Account', operation: 'insert', contentType: 'CSV', columnDelimiter: 'COMMA', lineEnding: 'LF' });
    await job.uploadData('Name,NumberOfEmployees,Website\n"Café ""Noir"", Ltd",12,https://noir.example\n,5,\n');
    await job.close();
    await job.poll(50, 10_000);
    const info = await job.check();
    expect(info).toMatchObject({ state: 'JobComplete', numberRecordsProcessed: 2, numberRecordsFailed: 1 });
    const results = await job.getAllResults();
    expect(results.successfulResults[0]).toMatchObject({ Name: 'Café "Noir", Ltd', sf__Created: 'true' });
    expect(results.failedResults[0].sf__Error).toMatch(/^REQUIRED_FIELD_MISSING:/);
    expect(results.unprocessedRecords).toEqual([]);
  });

  it('fails a job whose header names an unknown field, and refuses an upsert without its key field', async () => {
    const job = bulk2().createJob({ object: 'Contact', operation: 'insert' });
    await job.open();
    await job.uploadData('LastName,Shoe_Size__c\nMuñoz,42\n');
    await job.close();
    await expect(job.poll(50, 10_000)).rejects.toThrow('Ingest job failed to complete due to: InvalidBatch : Field name not found : Shoe_Size__c');
    await expect(bulk2().createJob({ object: 'Account', operation: 'upsert', externalIdFieldName: 'Website' }).open())
      .rejects.toMatchObject({ errorCode: 'INVALIDJOB', message: 'InvalidJob : Field name provided, website does not match an External ID, Salesforce Id, or indexed field for Account' });
  });

  it('sets lookups from a parent external id column (Account.External_Id__c)', async () => {
    const account = (await sf.conn.sobject('Account').create({ Name: 'Ósk Ehf', External_Id__c: 'IS-77' })) as { id: string };
    const job = bulk2().createJob({ object: 'Contact', operation: 'insert' });
    await job.open();
    await job.uploadData('LastName,Account.External_Id__c\nJónsdóttir,IS-77\nNobody,IS-00\n');
    await job.close();
    await job.poll(50, 10_000);
    const { successfulResults, failedResults } = await job.getAllResults();
    expect((await sf.conn.sobject('Contact').retrieve(successfulResults[0].sf__Id as string)).AccountId).toBe(account.id);
    expect(failedResults[0].sf__Error).toBe('INVALID_FIELD:Foreign key external ID: IS-00 not found for field External_Id__c in entity Account: --');
  });

  it('keeps rows of an aborted job as unprocessed records', async () => {
    const job = bulk2().createJob({ object: 'Contact', operation: 'insert' });
    await job.open();
    await job.uploadData('LastName\nAbortado\n');
    await job.abort();
    expect((await job.check()).state).toBe('Aborted');
    expect(await job.getUnprocessedRecords()).toEqual([{ LastName: 'Abortado' }]);
  });

  it('deletes and hard-deletes by id', async () => {
    const created = await sf.conn.sobject('Contact').create([{ LastName: 'Soft' }, { LastName: 'Hard' }]);
    const [soft, hard] = created.map((r) => (r as { id: string }).id);
    await bulk2().loadAndWaitForResults({ object: 'Contact', operation: 'delete', input: [{ Id: soft }] });
    await bulk2().loadAndWaitForResults({ object: 'Contact', operation: 'hardDelete', input: [{ Id: hard }] });
    const bin = await sf.conn.query<{ Id: string; IsDeleted: boolean }>(`SELECT Id, IsDeleted FROM Contact WHERE Id IN ('${soft}', '${hard}')`, { scanAll: true });
    expect(bin.records.map((r) => [r.Id, r.IsDeleted])).toEqual([[soft, true]]);
  });
});

describe('Bulk API 2.0 query (§7)', () => {
  it('streams a bulk query through jsforce', async () => {
    await sf.conn.sobject('Account').create({ Name: 'Bulk Query Bistró', External_Id__c: 'BQ-1' });
    const stream = await bulk2().query("SELECT Id, Name, External_Id__c, Owner.Name FROM Account WHERE External_Id__c = 'BQ-1'");
    const rows: Record<string, string>[] = [];
    for await (const row of stream) rows.push(row as Record<string, string>);
    expect(rows).toEqual([{ Id: expect.stringMatching(/^001/), Name: 'Bulk Query Bistró', External_Id__c: 'BQ-1', 'Owner.Name': expect.any(String) }]);
  });

  it('pages results with maxRecords, Sforce-Locator and Sforce-NumberOfRecords', async () => {
    const job = await sf.conn.requestPost<{ id: string }>('/services/data/v62.0/jobs/query', { operation: 'query', query: "SELECT LastName FROM Contact WHERE LastName LIKE 'Núñez%' ORDER BY LastName" });
    for (let i = 0; i < 100; i++) {
      const info = await sf.conn.request<{ state: string }>(`/services/data/v62.0/jobs/query/${job.id}`);
      if (info.state === 'JobComplete') break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const page = async (locator?: string) => {
      const res = await fetch(`${sf.conn.instanceUrl}/services/data/v62.0/jobs/query/${job.id}/results?maxRecords=2000${locator ? `&locator=${locator}` : ''}`, { headers: { authorization: `Bearer ${sf.conn.accessToken}` } });
      return { locator: res.headers.get('sforce-locator'), count: res.headers.get('sforce-numberofrecords'), lines: (await res.text()).trim().split('\n') };
    };
    const first = await page();
    expect(first).toMatchObject({ locator: 'MjAwMA', count: '2000' });
    expect(first.lines[0]).toBe('"LastName"');
    const second = await page(first.locator!);
    expect(second).toMatchObject({ locator: 'null', count: '1000' });
    expect(second.lines).toHaveLength(1001);
  });
});
