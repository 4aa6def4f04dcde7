import type { Server } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createApp } from '../../emulator/app';
import { openSession } from '../../emulator/salesforce/auth/sessions';
import { createSalesforceService } from '../../emulator/salesforce';
import { openSalesforceData } from '../../emulator/salesforce/records/data';
import { createRecordService } from '../../emulator/salesforce/records/recordService';
import { createRecordStore } from '../../emulator/salesforce/records/recordStore';
import { readPackageObjects } from '../../emulator/salesforce/schema/metadata';
import { buildRegistry } from '../../emulator/salesforce/schema/registry';
import { MEMORY, openStore } from '../../emulator/store/store';
import type { Benchmark, Figure } from './figure';

const CONTACTS = 100_000;
/** The REST baseline loads fewer rows (500 sequential requests would dominate the run); its rate is what counts. */
const BASELINE_CONTACTS = 20_000;
const COLLECTION = 200;
const OBJECTS_DIR = fileURLToPath(new URL('../../force-app/main/default/objects', import.meta.url));
const FIRST = ['María', 'José', 'Chloé', 'Jürgen', 'Siobhán', 'Ana', 'Kenji', 'Zoë', 'Łukasz', 'Amara'];
const LAST = ['García', 'Muñoz', 'Dubois', 'Müller', "O'Connor", 'Souza', 'Sato', 'Nowak', 'Okafor', 'Lindqvist'];

const contact = (i: number, prefix: string) => ({
  FirstName: FIRST[i % FIRST.length], LastName: LAST[Math.floor(i / FIRST.length) % LAST.length],
  Email: `${prefix}${i}@example.com`, Phone: `+1 415 ${String(5_550_000 + (i % 10_000)).slice(0, 3)} ${String(i % 10_000).padStart(4, '0')}`, External_Id__c: `${prefix}-${i}`,
});
const csvCell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The Salesforce emulation alone, in memory, on a free port, with a session for a bench user. */
async function serve() {
  const store = await openStore(MEMORY);
  const ns = openSalesforceData(store);
  const records = createRecordService(createRecordStore(ns.data, buildRegistry(readPackageObjects(OBJECTS_DIR))), ns.data);
  const userId = records.create('User', { Username: 'bulk@customercard.example', LastName: 'Bulk', Email: 'bulk@customercard.example', Alias: 'bulk' }, '').id;
  let url = '';
  const service = createSalesforceService({ store, selfUrl: () => url }, OBJECTS_DIR);
  const server: Server = await new Promise((resolve) => {
    const s = createApp([service]).listen(0, '127.0.0.1', () => resolve(s));
  });
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}/services/data/v62.0`;
  const { sessionId } = await openSession(store, userId);
  const call = async (path: string, init: RequestInit = {}, type = 'application/json') => {
    const res = await fetch(`${url}${path}`, { ...init, headers: { authorization: `Bearer ${sessionId}`, 'content-type': type, ...init.headers } });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res;
  };
  const json = async <T>(path: string, init?: RequestInit) => (await (await call(path, init)).json()) as T;
  return { call, json, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

type Api = Awaited<ReturnType<typeof serve>>;

async function waitFor(api: Api, path: string): Promise<{ state: string; numberRecordsProcessed: number; numberRecordsFailed?: number }> {
  for (;;) {
    const info = await api.json<{ state: string; numberRecordsProcessed: number; numberRecordsFailed?: number; errorMessage?: string }>(path);
    if (info.state === 'JobComplete') return info;
    if (info.state === 'Failed' || info.state === 'Aborted') throw new Error(`${path}: ${info.state} ${info.errorMessage ?? ''}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The upload, encoded before the clock starts. */
function contactsCsv(): Blob {
  const columns = ['FirstName', 'LastName', 'Email', 'Phone', 'External_Id__c'] as const;
  return new Blob([[columns.join(','), ...Array.from({ length: CONTACTS }, (_, i) => columns.map((c) => csvCell(contact(i, 'bulk')[c])).join(','))].join('\n')]);
}

/** Create, upload, close, poll: the whole Bulk API 2.0 ingest of `CONTACTS` rows. */
async function bulkIngest(api: Api, csv: Blob): Promise<number> {
  const began = performance.now();
  const job = await api.json<{ id: string }>('/jobs/ingest', { method: 'POST', body: JSON.stringify({ object: 'Contact', operation: 'insert' }) });
  await api.call(`/jobs/ingest/${job.id}/batches`, { method: 'PUT', body: csv }, 'text/csv');
  await api.json(`/jobs/ingest/${job.id}`, { method: 'PATCH', body: JSON.stringify({ state: 'UploadComplete' }) });
  const info = await waitFor(api, `/jobs/ingest/${job.id}`);
  const seconds = (performance.now() - began) / 1000;
  if (info.numberRecordsProcessed !== CONTACTS || info.numberRecordsFailed !== 0) throw new Error(`ingest processed ${info.numberRecordsProcessed}, failed ${info.numberRecordsFailed}`);
  return CONTACTS / seconds;
}

/** A Bulk API 2.0 query of every bulk-loaded contact, read to the last locator. */
async function bulkQuery(api: Api): Promise<number> {
  const began = performance.now();
  const job = await api.json<{ id: string }>('/jobs/query', { method: 'POST', body: JSON.stringify({ operation: 'query', query: "SELECT Id, FirstName, LastName, Email, Phone FROM Contact WHERE External_Id__c LIKE 'bulk-%'" }) });
  await waitFor(api, `/jobs/query/${job.id}`);
  let rows = 0;
  let locator = '';
  do {
    const res = await api.call(`/jobs/query/${job.id}/results?maxRecords=50000${locator ? `&locator=${locator}` : ''}`);
    await res.text();
    rows += Number(res.headers.get('sforce-numberofrecords'));
    locator = res.headers.get('sforce-locator') ?? 'null';
  } while (locator !== 'null');
  if (rows !== CONTACTS) throw new Error(`bulk query read ${rows} rows`);
  return rows / ((performance.now() - began) / 1000);
}

/** Baseline: sObject Collections inserts, 200 records per request, one request after the other. */
async function restInsert(api: Api): Promise<number> {
  const began = performance.now();
  for (let start = 0; start < BASELINE_CONTACTS; start += COLLECTION) {
    const batch = Array.from({ length: COLLECTION }, (_, k) => ({ attributes: { type: 'Contact' }, ...contact(start + k, 'rest') }));
    const results = await api.json<{ success: boolean }[]>('/composite/sobjects', { method: 'POST', body: JSON.stringify({ allOrNone: false, records: batch }) });
    if (!results.every((r) => r.success)) throw new Error('a REST insert failed');
  }
  return BASELINE_CONTACTS / ((performance.now() - began) / 1000);
}

/** Baseline: the same rows through REST query, 2000 per page along nextRecordsUrl. */
async function restQuery(api: Api): Promise<number> {
  const began = performance.now();
  let page = await api.json<{ records: unknown[]; nextRecordsUrl?: string }>(`/query?q=${encodeURIComponent("SELECT Id, FirstName, LastName, Email, Phone FROM Contact WHERE External_Id__c LIKE 'bulk-%'")}`);
  let rows = page.records.length;
  while (page.nextRecordsUrl) {
    page = await api.json(page.nextRecordsUrl.replace('/services/data/v62.0', ''));
    rows += page.records.length;
  }
  if (rows !== CONTACTS) throw new Error(`REST query read ${rows} rows`);
  return rows / ((performance.now() - began) / 1000);
}

const bench: Benchmark = {
  title: 'Salesforce Bulk API 2.0 (100k Contacts)',
  async run(): Promise<Figure[]> {
    const api = await serve();
    try {
      // The server shares this process: the longest event-loop delay during the ingest is the longest any other
      // request waited (it includes the client's own sending of the 10 MB upload).
      const csv = contactsCsv();
      const stalls = monitorEventLoopDelay({ resolution: 10 });
      stalls.enable();
      const ingest = await bulkIngest(api, csv);
      stalls.disable();
      const query = await bulkQuery(api);
      const queryBaseline = await restQuery(api);
      const ingestBaseline = await restInsert(api);
      return [
        { name: 'Bulk API 2.0 ingest, insert 100k Contacts (create, upload CSV, close, poll)', value: ingest, unit: 'rows/s', baseline: { value: ingestBaseline, what: `sObject Collections POST, ${COLLECTION}/request, ${BASELINE_CONTACTS / 1000}k rows` } },
        { name: 'Longest event-loop stall while the 100k-row ingest runs', value: stalls.max / 1e6, unit: 'ms' },
        { name: 'Bulk API 2.0 query of the 100k Contacts (create, poll, read CSV by locator)', value: query, unit: 'rows/s', baseline: { value: queryBaseline, what: 'REST query, 2000/page along nextRecordsUrl' } },
      ];
    } finally {
      await api.close();
    }
  },
};

export default bench;
