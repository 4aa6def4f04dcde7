import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createApp } from '../../emulator/app';
import { openSession } from '../../emulator/salesforce/auth/sessions';
import { createSalesforceService } from '../../emulator/salesforce';
import type { QuerySource } from '../../emulator/salesforce/model/types';
import { runSoql, runSosl } from '../../emulator/salesforce/query';
import { openSalesforceData } from '../../emulator/salesforce/records/data';
import { phoneKeys } from '../../emulator/salesforce/records/indexes';
import { createRecordService } from '../../emulator/salesforce/records/recordService';
import { createRecordStore } from '../../emulator/salesforce/records/recordStore';
import { readPackageObjects } from '../../emulator/salesforce/schema/metadata';
import { buildRegistry } from '../../emulator/salesforce/schema/registry';
import { MEMORY, openStore, type Store } from '../../emulator/store/store';
import { median, timeRuns, type Benchmark, type Figure } from './figure';

const contacts = 100_000;
const runs = 60;
/** A scan takes tens of milliseconds; fewer runs keep the bench well under a minute. */
const scanRuns = 15;
const httpRuns = 40;
const OBJECTS_DIR = fileURLToPath(new URL('../../force-app/main/default/objects', import.meta.url));

const FIRST = ['María', 'José', 'Chloé', 'Jürgen', 'Siobhán', 'Ana', 'Kenji', 'Zoë', 'Łukasz', 'Amara'];
const LAST = ['García', 'Muñoz', 'Dubois', 'Müller', "O'Connor", 'Souza', 'Sato', 'Nowak', 'Okafor', 'Lindqvist'];

/** The national number of contact `i`: 415 555 plus a serial, unique per contact. */
const national = (i: number) => `415${String(1_000_000 + i).slice(-7)}`;

/** Phone formats as agents and imports type them. */
function messyPhone(i: number): string {
  const n = national(i);
  const formats = [`(${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`, `+1 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6)}`, `+1${n}`];
  return formats[i % formats.length];
}

/** An org in an in-memory store, filled through the same record service the REST routes use. */
function seedOrg(store: Store): { source: QuerySource; userId: string } {
  const ns = openSalesforceData(store);
  const source = createRecordStore(ns.data, buildRegistry(readPackageObjects(OBJECTS_DIR)));
  const records = createRecordService(source, ns.data);
  const userId = records.create('User', { Username: 'bench@customercard.example', LastName: 'Bench', Email: 'bench@customercard.example', Alias: 'bench' }, '').id;
  for (let i = 0; i < contacts; i++) {
    records.create('Contact', {
      FirstName: FIRST[i % FIRST.length], LastName: `${LAST[Math.floor(i / FIRST.length) % LAST.length]}`,
      Email: `person${i}@example.com`, Phone: messyPhone(i), MobilePhone: i % 3 === 0 ? `+1 628 ${String(i).padStart(7, '0').slice(-7)}` : null,
    }, userId);
  }
  return { source, userId };
}

/** The same source with its indexes taken away: equality filters scan, phone digits scan every phone field. */
function scanningSource(source: QuerySource): QuerySource {
  return {
    ...source,
    byFieldValue: () => undefined,
    byPhoneDigits(digits) {
      const ids: string[] = [];
      for (const schema of source.schemas()) {
        const phones = schema.fields.filter((f) => f.type === 'phone').map((f) => f.name);
        for (const record of source.records(schema.name)) if (phones.some((f) => phoneKeys(record[f]).includes(digits))) ids.push(record.Id);
      }
      return ids;
    },
  };
}

/** The Salesforce service over the seeded store, on a free port, as after a restart. */
async function serve(store: Store, userId: string) {
  let url = '';
  const service = createSalesforceService({ store, selfUrl: () => url }, OBJECTS_DIR);
  const server: Server = await new Promise((resolve) => {
    const s = createApp([service]).listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const { sessionId } = await openSession(store, userId);
  const get = async (path: string) => {
    const res = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${sessionId}`, accept: 'application/json' } });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as { totalSize: number };
  };
  return { get, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

function sameIds(a: { records?: unknown[]; searchRecords?: unknown[] }, b: typeof a): boolean {
  const ids = (r: typeof a) => JSON.stringify((r.records ?? r.searchRecords ?? []).map((x) => (x as { Id: string }).Id).sort());
  return ids(a) === ids(b) && ids(a) !== '[]';
}

const bench: Benchmark = {
  title: 'Salesforce SOQL/SOSL (100k Contacts)',
  async run(): Promise<Figure[]> {
    const store = await openStore(MEMORY);
    const { source, userId } = seedOrg(store);
    const scan = scanningSource(source);
    const target = 73_421;
    const soql = `SELECT Id, Name, Phone, Account.Name FROM Contact WHERE Email = 'person${target}@example.com'`;
    const n = national(target);
    const sosl = `FIND {${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}} IN PHONE FIELDS RETURNING Contact(Id, Name, Phone)`;
    if (!sameIds(runSoql(soql, source), runSoql(soql, scan)) || !sameIds(runSosl(sosl, source), runSosl(sosl, scan))) {
      throw new Error('indexed and scanning answers differ, or found nothing');
    }

    const soqlMs = median(await timeRuns(() => runSoql(soql, source), runs));
    const soqlScanMs = median(await timeRuns(() => runSoql(soql, scan), scanRuns));
    const soslMs = median(await timeRuns(() => runSosl(sosl, source), runs));
    const soslScanMs = median(await timeRuns(() => runSosl(sosl, scan), scanRuns));

    const http = await serve(store, userId);
    const path = `/services/data/v62.0/query?q=${encodeURIComponent(soql)}`;
    if ((await http.get(path)).totalSize !== 1) throw new Error('the HTTP query found nothing');
    const httpMs = median(await timeRuns(() => http.get(path), httpRuns));
    await http.close();

    return [
      { name: 'SOQL selective query (Email =), store-backed, median', value: soqlMs, unit: 'ms', goal: '<= 20 ms', met: soqlMs <= 20, baseline: { value: soqlScanMs, what: 'same query, no index' } },
      { name: 'SOSL phone search (IN PHONE FIELDS), store-backed, median', value: soslMs, unit: 'ms', goal: '<= 10 ms', met: soslMs <= 10, baseline: { value: soslScanMs, what: 'same search, phone scan' } },
      { name: 'SOQL selective query over HTTP (GET /query, end to end), median', value: httpMs, unit: 'ms' },
    ];
  },
};

export default bench;
