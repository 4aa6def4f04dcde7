import { describe, expect, it } from 'vitest';
import { useSalesforce } from './connect';

const sf = useSalesforce();

type Row = Record<string, unknown> & { attributes: { type: string; url: string } };

describe('SOQL through jsforce', () => {
  it('selects fields, parents and children from the seeded story', async () => {
    const result = await sf.conn.query<Row>("SELECT Id, Name, Email, Account.Name FROM Contact WHERE Email = 'maria.garcia@acme.example'");
    expect(result).toMatchObject({ totalSize: 1, done: true });
    expect(result.records[0]).toMatchObject({ attributes: { type: 'Contact' }, Name: 'Maria García', Account: { Name: expect.any(String) } });
    const accounts = await sf.conn.query<Row>('SELECT Name, (SELECT LastName FROM Contacts ORDER BY LastName) FROM Account ORDER BY Name LIMIT 5');
    expect(accounts.records.some((a) => a.Contacts && (a.Contacts as { records: unknown[] }).records.length > 0)).toBe(true);
  });

  it('filters, orders, counts and groups', async () => {
    const ordered = await sf.conn.query<Row>("SELECT LastName FROM Contact WHERE LastName LIKE 'M%' ORDER BY LastName DESC NULLS LAST");
    const names = ordered.records.map((r) => String(r.LastName));
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => n.toLowerCase().startsWith('m'))).toBe(true);
    const count = await sf.conn.query('SELECT COUNT() FROM Contact');
    expect(count.records).toEqual([]);
    expect(count.totalSize).toBeGreaterThan(0);
    const grouped = await sf.conn.query<Row>('SELECT AccountId, COUNT(Id) FROM Contact GROUP BY AccountId');
    expect(grouped.records[0]).toMatchObject({ attributes: { type: 'AggregateResult' }, expr0: expect.any(Number) });
    const recent = await sf.conn.query('SELECT Id FROM Contact WHERE CreatedDate = LAST_N_DAYS:1');
    expect(recent.totalSize).toBe(count.totalSize);
  });

  it('fetches more than 2000 rows with autoFetch', async () => {
    const rows = Array.from({ length: 2100 }, (_v, i) => ({ LastName: `Bulk${String(i).padStart(4, '0')}`, Email: `bulk${i}@load.example` }));
    for (let i = 0; i < rows.length; i += 200) {
      const saved = await sf.conn.sobject('Contact').create(rows.slice(i, i + 200));
      expect(saved.every((s) => s.success)).toBe(true);
    }
    const fetched: Row[] = [];
    await new Promise<void>((resolve, reject) => {
      sf.conn.query<Row>("SELECT LastName FROM Contact WHERE LastName LIKE 'Bulk%' ORDER BY LastName")
        .on('record', (r: Row) => fetched.push(r))
        .on('end', () => resolve())
        .on('error', reject)
        .run({ autoFetch: true, maxFetch: 5000 });
    });
    expect(fetched).toHaveLength(2100);
    expect(fetched[2099].LastName).toBe('Bulk2099');
  });

  it('shows deleted records only through queryAll (scanAll)', async () => {
    const created = await sf.conn.sobject('Contact').create({ LastName: 'Recycled', Email: 'recycled@bin.example' });
    expect(created.success).toBe(true);
    await sf.conn.sobject('Contact').destroy(created.id!);
    expect((await sf.conn.query("SELECT Id FROM Contact WHERE LastName = 'Recycled'")).totalSize).toBe(0);
    expect((await sf.conn.query<Row>("SELECT Id, IsDeleted FROM Contact WHERE LastName = 'Recycled'", { scanAll: true })).records).toMatchObject([{ IsDeleted: true }]);
  });

  it('keeps a deleted record out of query by Id, and shows it to queryAll', async () => {
    const { id } = await sf.conn.sobject('Contact').create({ LastName: 'Binned' });
    const byId = (shape: string) => `SELECT Id, IsDeleted FROM Contact WHERE Id = '${shape}'`;
    expect((await sf.conn.query(byId(id!))).totalSize).toBe(1);
    await sf.conn.sobject('Contact').destroy(id!);
    for (const shape of [id!, id!.slice(0, 15)]) {
      expect(await sf.conn.query(byId(shape))).toEqual({ totalSize: 0, done: true, records: [] });
      // jsforce 3 has no queryAll(); scanAll sends the same query to /queryAll.
      expect((await sf.conn.query<Row>(byId(shape), { scanAll: true })).records).toMatchObject([{ Id: id, IsDeleted: true }]);
    }
  });

  it('answers errors with Salesforce codes', async () => {
    await expect(sf.conn.query('SELECT Foo FROM Contact')).rejects.toMatchObject({ errorCode: 'INVALID_FIELD', message: expect.stringContaining("No such column 'Foo' on entity 'Contact'") });
    await expect(sf.conn.query('SELECT Id FROM Foo')).rejects.toMatchObject({ errorCode: 'INVALID_TYPE' });
    await expect(sf.conn.query("SELECT Id FROM Contact WHERE Name = 'x' OR 1=1--")).rejects.toMatchObject({ errorCode: 'MALFORMED_QUERY' });
  });
});
