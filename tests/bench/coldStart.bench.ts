import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnEmulator } from '../support/emulator';
import { median, type Benchmark } from './figure';

/** Issue 3: `npm run emulator` answers /health in under 2 s, in memory and with a file. */
const coldStart: Benchmark = {
  title: 'Emulator cold start',
  async run() {
    const dir = await mkdtemp(join(tmpdir(), 'cc-bench-'));
    try {
      const measure = async (dataFile: () => string) => {
        const samples: number[] = [];
        for (let i = 0; i < 3; i++) {
          const emulator = await spawnEmulator({ EMULATOR_DATA: dataFile() });
          samples.push(emulator.readyAfterMs);
          await emulator.stop();
        }
        return median(samples);
      };
      const memory = await measure(() => ':memory:');
      let n = 0;
      const fresh = await measure(() => join(dir, `fresh-${n++}.json`));
      const existing = await measure(() => join(dir, 'kept.json'));
      const row = (name: string, value: number) => ({ name, value, unit: 'ms', goal: '< 2000 ms', met: value < 2000 });
      return [
        row('cold start to /health, EMULATOR_DATA=:memory: (median of 3)', memory),
        row('cold start to /health, new data file, seeding (median of 3)', fresh),
        row('cold start to /health, existing data file (median of 3)', existing),
      ];
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};

export default coldStart;
