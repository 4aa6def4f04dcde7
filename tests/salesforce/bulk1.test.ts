import { describe, expect, it, vi } from 'vitest';
import { useSalesforce } from './connect';

const sf = useSalesforce();

/** jsforce's Bulk 1.0 client, polling quickly so that the tests stay short. */
const bulk = () => Object.assign(sf.conn.bulk, { pollInterval: 50, pollTimeout: 20_000 });

describe('Bulk API 1.0 through jsforce (§7)', () => {
  it('loads records with conn.bulk.load and reports each row', async () => {
    const results = await bulk().load('Contact', 'insert', [
      { LastName: 'Carrasco', FirstName: 'Inés', Email: 'ines@example.com' },
      { LastName: '', FirstName: 'Sin apellido', Email: 'x@example.com' },
    ]);
    expect(results).toEqual([
      { id: expect.stringMatching(/^003\w{15}$/), success: true, created: true, errors: [] },
      { id: null, success: false, created: false, errors: ['REQUIRED_FIELD_MISSING:Required fields are missing: [LastName]:LastName --'] },
    ]);
    await expect(bulk().job('750000000000000AAA').check()).rejects.toMatchObject({ errorCode: 'InvalidJob', message: 'Invalid job id: 750000000000000AAA' });
  });

  it('upserts by external id through bulk.load', async () => {
    const results = await bulk().load('Account', 'upsert', { extIdField: 'External_Id__c' }, [
      { External_Id__c: 'V1-1', Name: 'Göteborg Glass' },
      { External_Id__c: 'V1-1', Name: 'Göteborg Glass AB' },
    ]);
    expect(results.map((r) => [r.success, r.created])).toEqual([[true, true], [true, false]]);
    expect((await sf.conn.query<{ Name: string }>("SELECT Name FROM Account WHERE External_Id__c = 'V1-1'")).records.map((r) => r.Name)).toEqual(['Göteborg Glass AB']);
  });

  it('falls back to Bulk API for find().update() and destroy() over more than 200 records', async () => {
    const rows = Array.from({ length: 250 }, (_, i) => ({ LastName: `Bulkfall ${i}`, Title: 'Old' }));
    for (let i = 0; i < rows.length; i += 200) await sf.conn.sobject('Contact').create(rows.slice(i, i + 200));
    const load = vi.spyOn(bulk(), 'load');
    const updated = await sf.conn.sobject('Contact').find({ LastName: { $like: 'Bulkfall %' } }, ['Id']).update({ Title: 'Nuevo' }, 'Contact');
    expect(updated).toHaveLength(250);
    expect(updated.every((r) => r.success)).toBe(true);
    const titles = await sf.conn.query<{ Title: string }>("SELECT Title FROM Contact WHERE LastName LIKE 'Bulkfall %'");
    expect(new Set(titles.records.map((r) => r.Title))).toEqual(new Set(['Nuevo']));

    const destroyed = await sf.conn.sobject('Contact').find({ LastName: { $like: 'Bulkfall %' } }, ['Id']).destroy();
    expect(destroyed).toHaveLength(250);
    expect(load.mock.calls.map(([type, operation]) => [type, operation])).toEqual([['Contact', 'update'], ['Contact', 'delete']]);
    expect((await sf.conn.query("SELECT Id FROM Contact WHERE LastName LIKE 'Bulkfall %'")).totalSize).toBe(0);
  });

  it('runs a bulk query job and serves its result as CSV', async () => {
    const stream = await bulk().query("SELECT Id, LastName FROM Contact WHERE LastName = 'Carrasco'");
    const rows: Record<string, string>[] = [];
    for await (const row of stream) rows.push(row as Record<string, string>);
    expect(rows).toEqual([{ Id: expect.stringMatching(/^003/), LastName: 'Carrasco' }]);
  });

  it('speaks JSON when the job is created with JSON (no jsforce method, so plain fetch)', async () => {
    const call = async (path: string, init: RequestInit = {}) => {
      const res = await fetch(`${sf.conn.instanceUrl}/services/async/62.0${path}`, { ...init, headers: { 'X-SFDC-SESSION': sf.conn.accessToken!, 'Content-Type': 'application/json; charset=UTF-8' } });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> & unknown[] };
    };
    const job = await call('/job', { method: 'POST', body: JSON.stringify({ operation: 'insert', object: 'Contact', contentType: 'JSON' }) });
    expect(job).toMatchObject({ status: 201, body: { operation: 'insert', object: 'Contact', state: 'Open', contentType: 'JSON' } });
    const batch = await call(`/job/${String(job.body.id)}/batch`, { method: 'POST', body: JSON.stringify([{ LastName: 'Jäger', Email: 'jaeger@example.de' }, { Email: 'no-name@example.de' }]) });
    expect(batch.body).toMatchObject({ state: 'Queued', jobId: job.body.id });
    let state = '';
    for (let i = 0; i < 100 && state !== 'Completed'; i++) {
      await new Promise((r) => setTimeout(r, 20));
      state = String((await call(`/job/${String(job.body.id)}/batch/${String(batch.body.id)}`)).body.state);
    }
    const result = await call(`/job/${String(job.body.id)}/batch/${String(batch.body.id)}/result`);
    expect(result.body).toEqual([
      { id: expect.stringMatching(/^003/), success: true, created: true, errors: [] },
      { id: null, success: false, created: false, errors: [{ statusCode: 'REQUIRED_FIELD_MISSING', message: 'Required fields are missing: [LastName]', fields: ['LastName'] }] },
    ]);
    const closed = await call(`/job/${String(job.body.id)}`, { method: 'POST', body: JSON.stringify({ state: 'Closed' }) });
    expect(closed.body).toMatchObject({ state: 'Closed', numberBatchesCompleted: 1, numberRecordsProcessed: 2, numberRecordsFailed: 1 });
    const expired = await fetch(`${sf.conn.instanceUrl}/services/async/62.0/job/${String(job.body.id)}`, { headers: { 'X-SFDC-SESSION': 'stale' } });
    expect([expired.status, await expired.text()]).toEqual([400, expect.stringContaining('<exceptionCode>InvalidSessionId</exceptionCode>')]);
  });
});
