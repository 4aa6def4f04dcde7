import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPostgresStore } from '../../emulator/store/postgres/postgresStore';
import { openStore, type Store } from '../../emulator/store/store';
import { spawnEmulator } from '../support/emulator';
import { createTestDatabase, postgresAnswers } from '../support/postgres';
import { median, timeRuns, type Benchmark, type Figure } from './figure';

/** Interactions stored for the figures; `STORE_BENCH_INTERACTIONS=1000 npm run bench -- store` for a quick check. */
const SIZE = Number(process.env.STORE_BENCH_INTERACTIONS || 100_000);

type Data = { interactions: Record<string, { id: string; caller: string; state: string; notes: string }> };
const fill = (store: Store) => {
  const cc = store.namespace<Data>('contactCenter', () => ({ interactions: {} }));
  for (let i = 0; i < SIZE; i++) {
    const id = `int-${String(i).padStart(7, '0')}`;
    cc.data.interactions[id] = { id, caller: `+33 6 12 ${String(i % 100).padStart(2, '0')} 56 78`, state: 'ended', notes: 'Client rappelé au sujet de sa facture, réglée deux fois.' };
  }
  return cc;
};

/**
 * Issue 22: what the store port costs with many interactions stored, lowdb file against
 * PostgreSQL in the same run (open at start, save after one change), and `npm run serve`'s
 * cold start on each.
 */
const storeBench: Benchmark = {
  title: 'Store port (lowdb file vs PostgreSQL)',
  async run() {
    if (!(await postgresAnswers())) return [];
    const dir = await mkdtemp(join(tmpdir(), 'cc-bench-store-'));
    const database = await createTestDatabase('cc_bench');
    try {
      const file = join(dir, 'cc.json');
      const measure = async (open: () => Promise<Store>) => {
        const first = await open();
        await fill(first).save();
        await first.close();
        const opens = await timeRuns(async () => (await open()).close(), 3, 0);
        const store = await open();
        const cc = store.namespace<Data>('contactCenter', () => ({ interactions: {} }));
        let n = 0;
        const saves = await timeRuns(async () => {
          cc.data.interactions['int-0000000'].state = `state-${n++}`;
          await cc.save();
        }, 5, 1);
        await store.close();
        return { open: median(opens), save: median(saves) };
      };
      const lowdb = await measure(() => openStore(file));
      const postgres = await measure(() => openPostgresStore(database.url));
      const serveStart = async (env: Record<string, string>) => {
        const samples: number[] = [];
        for (let i = 0; i < 3; i++) {
          const serve = await spawnEmulator(env, [], { script: 'emulator/serve/main.ts' });
          samples.push(serve.readyAfterMs);
          await serve.stop();
        }
        return median(samples);
      };
      const serveLowdb = await serveStart({ DATABASE_URL: '', EMULATOR_DATA: file });
      const servePostgres = await serveStart({ DATABASE_URL: database.url });
      const rows: Figure[] = [
        { name: `open with ${SIZE} interactions, PostgreSQL (median of 3)`, value: postgres.open, unit: 'ms', baseline: { value: lowdb.open, what: 'lowdb file' } },
        { name: `save after changing 1 of ${SIZE} interactions, PostgreSQL (median of 5)`, value: postgres.save, unit: 'ms', baseline: { value: lowdb.save, what: 'lowdb file' } },
        { name: `npm run serve to /health with ${SIZE} interactions, PostgreSQL (median of 3)`, value: servePostgres, unit: 'ms', goal: '<= 2000 ms', met: servePostgres <= 2000, baseline: { value: serveLowdb, what: 'lowdb file' } },
      ];
      return rows;
    } finally {
      await database.drop();
      await rm(dir, { recursive: true, force: true });
    }
  },
};

export default storeBench;
