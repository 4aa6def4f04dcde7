import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../emulator/app';
import { makeId } from '../../emulator/salesforce/ids/salesforceId';
import { phoneKeys } from '../../emulator/salesforce/records/indexes';
import { openSalesforceData } from '../../emulator/salesforce/records/data';
import type { SfRecord } from '../../emulator/salesforce/model/types';
import { loadStory } from '../../emulator/seed/story';
import { createServices } from '../../emulator/services';
import { openStore, type Store } from '../../emulator/store/store';
import { signInCc, type SignedInClient as CcClient } from '../support/cc';
import { percentile, type Benchmark, type Figure } from './figure';

const CONTACTS = Number(process.env.CC_BENCH_CONTACTS ?? 1_000_000);
const TIMED_CALLS = 300;
const CONCURRENT_CALLS = 400;
const CONCURRENCY = 16;

/** The i-th bench contact's number, in a format a CRM user might type; callers dial it as E.164. */
const digitsOf = (i: number) => `628${200 + Math.floor(i / 10_000)}${String(i % 10_000).padStart(4, '0')}`;
function typedPhone(i: number): string {
  const d = digitsOf(i);
  const forms = [`(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`, `+1 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6)}`, `1${d}`];
  return forms[i % forms.length];
}

/**
 * Puts contacts straight into the Salesforce namespace in the emulation's own record layout
 * (ids from its id scheme, the fields a created Contact has); the emulation indexes them when
 * it starts, as after a restart.
 */
function seedContacts(store: Store, ownerId: string, count: number): void {
  const data = openSalesforceData(store).data;
  const contacts = (data.records.Contact ??= {});
  const now = '2026-01-05T09:00:00.000+0000';
  const serial = data.serials['003'] ?? 0;
  for (let i = 0; i < count; i++) {
    const id = makeId('003', serial + i + 1);
    contacts[id] = {
      Id: id, FirstName: `Kim${i}`, LastName: `Bench${i}`, Name: `Kim${i} Bench${i}`, Email: `kim${i}@bench.example`, Phone: typedPhone(i),
      Preferred_Language__c: i % 7 === 0 ? 'Spanish' : 'English', Subscription_Level__c: i % 5 === 0 ? 'Premium' : 'Basic', NPS__c: i % 11,
      OwnerId: ownerId, IsDeleted: false, CreatedDate: now, CreatedById: ownerId, LastModifiedDate: now, LastModifiedById: ownerId, SystemModstamp: now,
    } as SfRecord;
  }
  data.serials['003'] = serial + count;
}

/** The emulator as `startEmulator` runs it, over a store seeded here first. */
async function startOver(store: Store) {
  let url = '';
  const services = createServices({ store, selfUrl: () => url });
  const server: Server = await new Promise((resolve) => {
    const s = createApp(services).listen(0, '127.0.0.1', () => resolve(s));
  });
  // Long GC pauses over a million records must not let idle keep-alive sockets close under the client.
  server.keepAliveTimeout = 60_000;
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // What the contact center asks the CRMs (everything not under /cc/v1), to show the round trips a call costs.
  const crmRequests = { count: 0 };
  // Ahead of Express, which rewrites `req.url` while it routes.
  server.prependListener('request', (req: { url?: string }) => {
    if (!req.url?.startsWith('/cc/v1/')) crmRequests.count++;
  });
  for (const service of services) await service.start?.();
  return {
    url,
    crmRequests,
    async close() {
      for (const service of services) await service.stop?.();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

async function timedCall(agent: CcClient, i: number): Promise<number> {
  const start = performance.now();
  const res = await agent.send('placeCall', { body: { ani: `+1${digitsOf(i)}`, dnis: '+18005550100' } });
  const ms = performance.now() - start;
  if (res.status !== 201 || res.body.interaction.ivr?.outcome !== 'identified' || !res.body.interaction.routing) {
    throw new Error(`call ${i} was not identified and routed: ${JSON.stringify(res.body).slice(0, 300)}`);
  }
  return ms;
}

const bench: Benchmark = {
  title: `Contact center IVR + routing (${CONTACTS.toLocaleString('en-US')} Salesforce Contacts)`,
  async run(): Promise<Figure[]> {
    const store = await openStore(':memory:');
    const story = await loadStory();
    for (const service of createServices({ store, selfUrl: () => '' })) await service.seed?.(story);
    await store.markSeeded();
    const seedStart = performance.now();
    const ownerId = Object.keys(openSalesforceData(store).data.records.User ?? {})[0];
    seedContacts(store, ownerId, CONTACTS);
    const emulator = await startOver(store);
    const seedSeconds = (performance.now() - seedStart) / 1000;
    try {
      const agent = await signInCc(emulator.url);
      const pick = (n: number) => Math.floor(((n * 7919) % CONTACTS) + 0.5) % CONTACTS;
      for (let n = 0; n < 10; n++) await timedCall(agent, pick(n + 5000));
      const samples: number[] = [];
      const requestsBefore = emulator.crmRequests.count;
      for (let n = 0; n < TIMED_CALLS; n++) samples.push(await timedCall(agent, pick(n)));
      const crmRequestsPerCall = (emulator.crmRequests.count - requestsBefore) / TIMED_CALLS;

      // The same question answered without an index: every contact's phone digits compared.
      const all = Object.values(openSalesforceData(store).data.records.Contact);
      const scans: number[] = [];
      for (let n = 0; n < 5; n++) {
        const wanted = digitsOf(pick(n));
        const start = performance.now();
        const found = all.filter((r) => phoneKeys(r.Phone).some((k) => k.endsWith(wanted)));
        scans.push(performance.now() - start);
        if (found.length !== 1) throw new Error('the linear scan found no single contact');
      }

      let next = 0;
      const start = performance.now();
      const worker = async () => {
        while (next < CONCURRENT_CALLS) await timedCall(agent, pick(10_000 + next++));
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      const callsPerSecond = CONCURRENT_CALLS / ((performance.now() - start) / 1000);

      const p50 = percentile(samples, 50);
      const p99 = percentile(samples, 99);
      const scan = percentile(scans, 50);
      return [
        { name: `seed ${CONTACTS.toLocaleString('en-US')} contacts + start (index build)`, value: seedSeconds, unit: 's' },
        { name: `IVR identification by ANI via POST /cc/v1/calls, p50 (${TIMED_CALLS} calls)`, value: p50, unit: 'ms', baseline: { value: scan, what: 'linear scan of the contacts alone' } },
        { name: `IVR identification by ANI via POST /cc/v1/calls, p99 (${TIMED_CALLS} calls)`, value: p99, unit: 'ms', goal: '<= 20 ms', met: p99 <= 20, baseline: { value: scan, what: 'linear scan of the contacts alone' } },
        { name: `calls identified and routed per second (${CONCURRENCY} concurrent)`, value: callsPerSecond, unit: 'calls/s' },
        { name: 'CRM requests per call (Salesforce and ServiceNow together)', value: crmRequestsPerCall, unit: 'requests' },
      ];
    } finally {
      await emulator.close();
    }
  },
};

export default bench;
