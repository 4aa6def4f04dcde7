import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemorySource } from '../testing/fixtureSource';
import { fixtureSchemas } from '../testing/schemas';
import { createQueryRouter } from './router';

const source = createMemorySource(fixtureSchemas);
for (let i = 0; i < 2500; i++) source.insert('Contact', { LastName: `Row${String(i).padStart(4, '0')}`, Phone: `+1 415 555 ${String(i).padStart(4, '0')}` });
let server: Server;
let base: string;

beforeAll(async () => {
  const app = express();
  app.use('/services/data/:version', createQueryRouter(source));
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/services/data/v61.0`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${base}${path}`, { headers });
  return { status: res.status, body: await res.json() };
};
const q = (soql: string) => `/query?q=${encodeURIComponent(soql)}`;

describe('query router', () => {
  it('pages past 2000 rows through nextRecordsUrl', async () => {
    const first = await get(q('SELECT LastName FROM Contact ORDER BY LastName'));
    expect(first.body).toMatchObject({ totalSize: 2500, done: false });
    expect(first.body.records).toHaveLength(2000);
    expect(first.body.records[0].attributes.url).toMatch(/^\/services\/data\/v61\.0\/sobjects\/Contact\//);
    expect(first.body.nextRecordsUrl).toMatch(/^\/services\/data\/v61\.0\/query\/01g[0-9A-Za-z]{12}-2000$/);
    const second = await get(first.body.nextRecordsUrl.replace('/services/data/v61.0', ''));
    expect(second.body).toMatchObject({ totalSize: 2500, done: true });
    expect(second.body.records.map((r: { LastName: string }) => r.LastName).slice(0, 2)).toEqual(['Row2000', 'Row2001']);
    expect(second.body.nextRecordsUrl).toBeUndefined();
  });

  it('honours Sforce-Query-Options batchSize within 200..2000', async () => {
    const small = await get(q('SELECT Id FROM Contact'), { 'Sforce-Query-Options': 'batchSize=50' });
    expect(small.body.records).toHaveLength(200);
    expect(small.body.nextRecordsUrl).toMatch(/-200$/);
  });

  it('refuses unknown locators', async () => {
    expect(await get('/query/01gAAAAAAAAAAAA-2000')).toEqual({ status: 400, body: [{ message: 'invalid query locator', errorCode: 'INVALID_QUERY_LOCATOR' }] });
    expect((await get('/query/garbage')).status).toBe(400);
  });

  it('answers query errors as Salesforce bodies', async () => {
    const bad = await get(q("SELECT Id FROM Contact WHERE Name = '' OR 1=1"));
    expect(bad.status).toBe(400);
    expect(bad.body[0].errorCode).toBe('MALFORMED_QUERY');
    expect((await get('/query')).body).toEqual([{ message: 'A query string has to be specified', errorCode: 'MALFORMED_QUERY' }]);
  });

  it('searches with SOSL and parameterizedSearch (GET and POST)', async () => {
    const sosl = await get(`/search?q=${encodeURIComponent('FIND {(415) 555-0042} IN PHONE FIELDS RETURNING Contact(LastName)')}`);
    expect(sosl.body).toEqual({ searchRecords: [expect.objectContaining({ LastName: 'Row0042' })] });
    const viaGet = await get('/parameterizedSearch?q=Row0007&sobject=Contact&Contact.fields=Id,LastName&in=NAME');
    expect(viaGet.body.searchRecords).toMatchObject([{ LastName: 'Row0007' }]);
    const viaPost = await fetch(`${base}/parameterizedSearch`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ q: '4155550042', in: 'PHONE', sobjects: [{ name: 'Contact', fields: ['LastName'] }] }) });
    expect((await viaPost.json()).searchRecords).toMatchObject([{ LastName: 'Row0042' }]);
    const broken = await fetch(`${base}/parameterizedSearch`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"q":' });
    expect(broken.status).toBe(400);
    expect((await broken.json())[0].errorCode).toBe('JSON_PARSER_ERROR');
  });
});
