import { spawnEmulator } from '../support/emulator';
import { describeOutcome, fuzzEmulator, listRoutes } from '../security/fuzz/fuzzEmulator';
import type { Benchmark } from './figure';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const CONCURRENCY = Number(process.env.FUZZ_CONCURRENCY ?? 4);

/**
 * Issue 23, Must show: 10,000 malformed requests over every route (tests/security/fuzz.test.ts
 * runs fewer, in CI) against `npm run emulator` as its own process, so /health, sampled every
 * 20 ms throughout, times the server and not the sender. FUZZ_RUNS sets the size.
 */
const fuzzBench: Benchmark = {
  title: `Fuzz: ${RUNS.toLocaleString('en')} malformed requests over every route`,
  async run() {
    const routes = await listRoutes();
    const emulator = await spawnEmulator({ EMULATOR_DATA: ':memory:' }, [], { startWithinMs: 120_000 });
    const target = { url: emulator.url, running: () => emulator.child.exitCode === null };
    const outcome = await fuzzEmulator(target, routes, { runs: RUNS, concurrency: CONCURRENCY, seed: Number(process.env.FUZZ_SEED ?? 23) }).finally(() => emulator.stop());
    const { report, idle } = outcome;
    process.stderr.write(`${describeOutcome(outcome)}\n`);
    if (process.env.FUZZ_SLOWEST) process.stderr.write(`${JSON.stringify({ examples: report.examples, slowest: report.slowest, inFlightWhenSlow: report.inFlightWhenSlow }, null, 1)}\n`);
    const failed = Object.values(report.serverErrors).reduce((a, b) => a + b, 0) + Object.values(report.unanswered).reduce((a, b) => a + b, 0);
    return [
      { name: `requests answered per second (${CONCURRENCY} at a time)`, value: report.sent / (report.durationMs / 1000), unit: 'requests/s' },
      { name: '5xx other than Salesforce SOAP faults, or unanswered', value: failed, unit: 'requests', goal: '0', met: failed === 0 },
      { name: 'emulator process alive and /health 200 after the run', value: outcome.alive ? 1 : 0, unit: '', goal: '1', met: outcome.alive },
      { name: `/health during the run, max of ${report.health.samples} samples (20 ms apart)`, value: report.health.maxMs, unit: 'ms', goal: '< 100 ms', met: report.health.maxMs < 100 && report.health.failures === 0 },
      { name: '/health during the run, p99', value: report.health.p99Ms, unit: 'ms', goal: '< 100 ms', met: report.health.p99Ms < 100 },
      { name: '/health before the run (no fuzz load), max of 50', value: idle.maxMs, unit: 'ms' },
    ];
  },
};

export default fuzzBench;
