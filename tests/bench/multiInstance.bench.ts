import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openContactCenterData } from '../../emulator/contact-center/data';
import { seedContactCenter } from '../../emulator/contact-center/seed';
import { loadStory } from '../../emulator/seed/story';
import { openPostgresStore } from '../../emulator/store/postgres/postgresStore';
import { openStore, type Store } from '../../emulator/store/store';
import { createCcClient } from '../../shared/contract';
import { AGENT, CLIENT } from '../salesforce/connect';
import { CC_ADMIN, signInCc, type SignedInClient } from '../support/cc';
import { spawnEmulator, startMemoryEmulator, type EmulatorProcess } from '../support/emulator';
import { createTestDatabase, postgresAnswers } from '../support/postgres';
import type { Benchmark, Figure } from './figure';

/** Calls timed per set-up; `MULTI_BENCH_CALLS=60 npm run bench -- multiInstance` for a quick check. */
const CALLS = Number(process.env.MULTI_BENCH_CALLS || 300);
const CONCURRENCY = 8;
const WARMUP = 10;

/** The demo's contact-center agents and configuration, stored before the service starts (as `npm run admin:create` would an admin). */
async function seedService(store: Store): Promise<void> {
  await seedContactCenter(openContactCenterData(store), await loadStory(), new Date());
  await store.close();
}

/** One call as a caller's telephony places it: the IVR lookup, then routing (or routing as is when nobody is identified). */
async function placeCall(client: SignedInClient, ani: string): Promise<void> {
  const res = await client.send('placeCall', { body: { ani, dnis: '+18005550100' } });
  if (res.status !== 201) throw new Error(`placeCall answered ${res.status}: ${JSON.stringify(res.body)}`);
  if (res.body.interaction.state !== 'ivr') return;
  const routed = await client.send('queueAsIs', { params: { id: res.body.interaction.id } });
  if (routed.status !== 200) throw new Error(`queueAsIs answered ${routed.status}`);
}

/** Calls per second through these instances, spread round-robin, `CONCURRENCY` at a time. */
async function callsPerSecond(instances: EmulatorProcess[], crmUrl: string, phones: string[]): Promise<number> {
  const admin = await signInCc(instances[0].url, CC_ADMIN.username, CC_ADMIN.password);
  const current = await admin.call('getConfig');
  const auth = { kind: 'password', username: AGENT.username, password: AGENT.password, ...CLIENT };
  const put = await admin.send('putConfig', { body: { ...current.config, connections: { salesforce: { instanceUrl: crmUrl, auth } } } });
  if (put.status !== 200) throw new Error(`putConfig answered ${put.status}`);
  const agent = await signInCc(instances[0].url);
  const clients = instances.map((instance) => Object.assign(createCcClient({ baseUrl: instance.url, token: agent.token }), { agent: agent.agent }));
  let next = 0;
  const run = async (count: number) => {
    const worker = async () => {
      for (let n = next++; n < count; n = next++) await placeCall(clients[n % clients.length], phones[n % phones.length]);
    };
    next = 0;
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  };
  // Untimed first calls sign the adapters in on each instance.
  await run(WARMUP);
  const started = performance.now();
  await run(CALLS);
  return CALLS / ((performance.now() - started) / 1000);
}

/**
 * Issue 22: IVR + routing throughput of `npm run serve` with one and with two instances on one
 * PostgreSQL database on this machine, against one instance on a lowdb file in the same run.
 * The CRM is the emulator's Salesforce in this process; callers are its demo contacts.
 */
const multiInstanceBench: Benchmark = {
  title: 'npm run serve: one and two instances on PostgreSQL',
  async run() {
    if (!(await postgresAnswers())) return [];
    const crm = await startMemoryEmulator();
    const phones = (await loadStory()).people.map((person) => person.phone).filter(Boolean);
    const dir = await mkdtemp(join(tmpdir(), 'cc-bench-multi-'));
    const databases = [await createTestDatabase('cc_bench_multi'), await createTestDatabase('cc_bench_multi')];
    const started: EmulatorProcess[] = [];
    const serve = async (env: Record<string, string>, count: number) => {
      const instances = await Promise.all(Array.from({ length: count }, () => spawnEmulator(env, [], { script: 'emulator/serve/main.ts', startWithinMs: 60_000 })));
      started.push(...instances);
      return instances;
    };
    try {
      const file = join(dir, 'cc.json');
      await seedService(await openStore(file));
      const lowdb = await callsPerSecond(await serve({ DATABASE_URL: '', EMULATOR_DATA: file }, 1), crm.url, phones);
      await seedService(await openPostgresStore(databases[0].url));
      const one = await callsPerSecond(await serve({ DATABASE_URL: databases[0].url }, 1), crm.url, phones);
      await seedService(await openPostgresStore(databases[1].url));
      const two = await callsPerSecond(await serve({ DATABASE_URL: databases[1].url }, 2), crm.url, phones);
      const rows: Figure[] = [
        { name: `calls identified and routed per second, 1 instance on PostgreSQL (${CALLS} calls, ${CONCURRENCY} concurrent)`, value: one, unit: 'calls/s', baseline: { value: lowdb, what: '1 instance on a lowdb file' } },
        { name: `calls identified and routed per second, 2 instances on one PostgreSQL (${CALLS} calls, ${CONCURRENCY} concurrent)`, value: two, unit: 'calls/s', baseline: { value: lowdb, what: '1 instance on a lowdb file' } },
      ];
      return rows;
    } finally {
      await Promise.all(started.map((instance) => instance.stop('SIGKILL')));
      await crm.close();
      for (const database of databases) await database.drop();
      await rm(dir, { recursive: true, force: true });
    }
  },
};

export default multiInstanceBench;
