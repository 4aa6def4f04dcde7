import { beforeAll, describe, expect, it } from 'vitest';
import { useSalesforce } from './connect';

type Row = Record<string, unknown> & { attributes: { type: string; url: string } };

const sf = useSalesforce();
let leadId: string;
let accountId: string;
beforeAll(async () => {
  // A small, private data set: every query below is scoped to the "Quill" names.
  accountId = (await sf.conn.sobject('Account').create({ Name: 'Quill Works', NumberOfEmployees: 40, AnnualRevenue: 250000 })).id!;
  await sf.conn.sobject('Account').create([
    { Name: 'Quill Labs', NumberOfEmployees: 12, AnnualRevenue: 90000 },
    { Name: 'Quill Foods', NumberOfEmployees: 300 },
  ]);
  const people = [
    { FirstName: 'Ana', LastName: 'Quillon', Title: 'Buyer', Products__c: 'Fibre 1G;TV', NPS__c: 9 },
    { FirstName: 'Bo', LastName: 'Quillard', Title: 'Owner', Products__c: 'Mobile', NPS__c: 4 },
    { FirstName: 'Cy', LastName: 'Quillet', Title: null, Products__c: 'TV;Mobile', NPS__c: 7 },
    { FirstName: 'Di', LastName: 'Quillot', Title: 'Buyer', Products__c: null, NPS__c: null },
  ];
  const saved = await sf.conn.sobject('Contact').create(people.map((p) => ({ ...p, AccountId: accountId })));
  leadId = (await sf.conn.sobject('Lead').create({ FirstName: 'Eva', LastName: 'Quillane', Company: 'Quill Startups' })).id!;
  await sf.conn.sobject('Task').create([
    { Subject: 'Quill call Ana', WhoId: saved[0].id, WhatId: accountId, ActivityDate: new Date().toISOString().slice(0, 10) },
    { Subject: 'Quill call Eva', WhoId: leadId },
  ]);
});

const rows = async (soql: string) => (await sf.conn.query<Row>(soql)).records;
const lastNames = async (soql: string) => (await rows(soql)).map((r) => r.LastName);

describe('SOQL features through jsforce', () => {
  it('walks polymorphic Who and What, with What.Type', async () => {
    const tasks = await rows("SELECT Subject, Who.Name, What.Type, What.Name FROM Task WHERE Subject LIKE 'Quill call%' ORDER BY Subject");
    expect(tasks[0]).toMatchObject({ Who: { Name: 'Ana Quillon' }, What: { Type: 'Account', Name: 'Quill Works' } });
    expect(tasks[1]).toMatchObject({ Who: { Name: 'Eva Quillane' }, What: null });
  });

  it('compares with = != < > <= >= and LIKE, and tests null', async () => {
    const scoped = "LastName LIKE 'Quill%'";
    expect(await lastNames(`SELECT LastName FROM Contact WHERE ${scoped} AND NPS__c >= 7 ORDER BY LastName`)).toEqual(['Quillet', 'Quillon']);
    expect(await lastNames(`SELECT LastName FROM Contact WHERE ${scoped} AND NPS__c < 7 ORDER BY LastName`)).toEqual(['Quillard']);
    expect(await lastNames(`SELECT LastName FROM Contact WHERE ${scoped} AND Title != 'Buyer' ORDER BY LastName`)).toEqual(['Quillard', 'Quillet']);
    expect(await lastNames(`SELECT LastName FROM Contact WHERE ${scoped} AND Title = null`)).toEqual(['Quillet']);
    const accounts = await rows("SELECT Name FROM Account WHERE Name LIKE 'Quill%' AND NumberOfEmployees > 12 AND NumberOfEmployees <= 300 ORDER BY Name");
    expect(accounts.map((a) => a.Name)).toEqual(['Quill Foods', 'Quill Works']);
  });

  it('filters with IN, NOT IN, INCLUDES, AND/OR/NOT and parentheses', async () => {
    const scoped = "LastName LIKE 'Quill%'";
    expect(await lastNames(`SELECT LastName FROM Contact WHERE ${scoped} AND FirstName IN ('Ana', 'Di') ORDER BY LastName`)).toEqual(['Quillon', 'Quillot']);
    expect(await lastNames(`SELECT LastName FROM Contact WHERE ${scoped} AND FirstName NOT IN ('Ana', 'Di') ORDER BY LastName`)).toEqual(['Quillard', 'Quillet']);
    expect(await lastNames(`SELECT LastName FROM Contact WHERE ${scoped} AND Products__c INCLUDES ('TV') ORDER BY LastName`)).toEqual(['Quillet', 'Quillon']);
    expect(await lastNames(`SELECT LastName FROM Contact WHERE ${scoped} AND Products__c INCLUDES ('Fibre 1G;TV', 'Mobile') ORDER BY LastName`)).toEqual(['Quillard', 'Quillet', 'Quillon']);
    expect(await lastNames(`SELECT LastName FROM Contact WHERE ${scoped} AND (Title = 'Owner' OR (NPS__c > 8 AND NOT FirstName = 'Di')) ORDER BY LastName`)).toEqual(['Quillard', 'Quillon']);
  });

  it('understands date literals and datetimes', async () => {
    expect((await rows("SELECT Subject FROM Task WHERE Subject LIKE 'Quill%' AND ActivityDate = TODAY")).map((t) => t.Subject)).toEqual(['Quill call Ana']);
    expect((await sf.conn.query("SELECT Id FROM Contact WHERE LastName LIKE 'Quill%' AND CreatedDate = LAST_N_DAYS:1")).totalSize).toBe(4);
    expect((await sf.conn.query("SELECT Id FROM Contact WHERE LastName LIKE 'Quill%' AND CreatedDate > 2000-01-01T00:00:00Z")).totalSize).toBe(4);
    expect((await sf.conn.query("SELECT Id FROM Contact WHERE LastName LIKE 'Quill%' AND CreatedDate < 2000-01-01T00:00:00Z")).totalSize).toBe(0);
  });

  it('orders with NULLS FIRST/LAST and pages with LIMIT and OFFSET', async () => {
    expect(await lastNames("SELECT LastName FROM Contact WHERE LastName LIKE 'Quill%' ORDER BY Title ASC NULLS FIRST, LastName")).toEqual(['Quillet', 'Quillon', 'Quillot', 'Quillard']);
    expect(await lastNames("SELECT LastName FROM Contact WHERE LastName LIKE 'Quill%' ORDER BY NPS__c DESC NULLS LAST")).toEqual(['Quillon', 'Quillet', 'Quillard', 'Quillot']);
    expect(await lastNames("SELECT LastName FROM Contact WHERE LastName LIKE 'Quill%' ORDER BY LastName LIMIT 2 OFFSET 1")).toEqual(['Quillet', 'Quillon']);
  });

  it('counts with COUNT() and COUNT(Id), and groups with simple aggregates', async () => {
    const count = await sf.conn.query("SELECT COUNT() FROM Contact WHERE LastName LIKE 'Quill%'");
    expect(count).toEqual({ totalSize: 4, done: true, records: [] });
    const grouped = await rows("SELECT Title, COUNT(Id) total, MAX(NPS__c) best FROM Contact WHERE LastName LIKE 'Quill%' AND Title != null GROUP BY Title ORDER BY Title");
    expect(grouped).toEqual([
      { attributes: { type: 'AggregateResult' }, Title: 'Buyer', total: 2, best: 9 },
      { attributes: { type: 'AggregateResult' }, Title: 'Owner', total: 1, best: 4 },
    ]);
  });

  it('selects children through a subquery', async () => {
    const [account] = await rows(`SELECT Name, (SELECT LastName FROM Contacts ORDER BY LastName LIMIT 2) FROM Account WHERE Id = '${accountId}'`);
    expect(account.Contacts).toMatchObject({ totalSize: 2, done: true, records: [{ LastName: 'Quillard' }, { LastName: 'Quillet' }] });
  });

  it('cuts batches to the Sforce-Query-Options batchSize and follows nextRecordsUrl', async () => {
    const batch = Array.from({ length: 250 }, (_v, i) => ({ LastName: `Paged${String(i).padStart(3, '0')}` }));
    for (let i = 0; i < batch.length; i += 200) await sf.conn.sobject('Contact').create(batch.slice(i, i + 200));
    const soql = "SELECT LastName FROM Contact WHERE LastName LIKE 'Paged%' ORDER BY LastName";
    type Page = { totalSize: number; done: boolean; nextRecordsUrl?: string; records: Row[] };
    const first = await sf.conn.request<Page>({
      method: 'GET', url: `/services/data/v62.0/query?q=${encodeURIComponent(soql)}`, headers: { 'Sforce-Query-Options': 'batchSize=200' },
    });
    expect(first).toMatchObject({ totalSize: 250, done: false, nextRecordsUrl: expect.stringMatching(/^\/services\/data\/v62\.0\/query\/01g\w+-200$/) });
    expect(first.records).toHaveLength(200);
    const rest = await sf.conn.request<Page>(first.nextRecordsUrl!);
    expect(rest).toMatchObject({ totalSize: 250, done: true });
    expect(rest.records.map((r) => r.LastName)).toEqual(batch.slice(200).map((c) => c.LastName));
  });
});
