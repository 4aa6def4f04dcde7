import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../emulator/server';
import type { EmulatedService } from '../../emulator/service';
import { createServices } from '../../emulator/services';
import { recordMountPaths } from '../support/expressRoutes';
import { describeOutcome, fuzzEmulator } from './fuzz/fuzzEmulator';
import { everyRoute, type FuzzRoute } from './fuzz/targets';

/**
 * Issue 23, Must show: malformed requests spread over every route of every API, on loopback,
 * bounded (10 s per request) and seeded (FUZZ_SEED replays a run). No 5xx but Salesforce's
 * documented SOAP faults, no request left unanswered, the server up, and /health answering
 * every sample taken every 20 ms during the run (a request that froze the event loop would
 * leave a sample unanswered for 5 s). /health's latency is printed here, not asserted:
 * `npm run bench -- fuzz` measures it against the emulator as its own process, with the 100 ms
 * goal. The 10,000 requests take about 21 s in all on a quiet 2-core machine (12 s of
 * sending); FUZZ_RUNS sets another size.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const CONCURRENCY = Number(process.env.FUZZ_CONCURRENCY ?? 4);
const SEED = Number(process.env.FUZZ_SEED ?? 23);

describe('fuzzing every route', () => {
  let emulator: RunningEmulator;
  let routes: FuzzRoute[];
  beforeAll(async () => {
    let services: EmulatedService[] = [];
    const stopRecording = recordMountPaths();
    try {
      emulator = await startEmulator({ port: 0, host: '127.0.0.1', dataFile: ':memory:', reset: false }, { services: (context) => (services = createServices(context)) });
    } finally {
      stopRecording();
    }
    routes = everyRoute(services);
  });
  afterAll(() => emulator?.close());

  it(`answers ${RUNS} malformed requests without a 5xx while /health keeps answering`, async () => {
    // In this process: an uncaught error in a handler would fail the run as well.
    const outcome = await fuzzEmulator({ url: emulator.url, running: () => true }, routes, { runs: RUNS, concurrency: CONCURRENCY, seed: SEED });
    const { report, covered } = outcome;
    console.info(describeOutcome(outcome));
    if (report.examples.length) console.info(report.examples);
    if (process.env.FUZZ_SLOWEST) console.info(JSON.stringify({ slowest: report.slowest, inFlightWhenSlow: report.inFlightWhenSlow }, null, 1));
    expect(routes.length).toBeGreaterThan(300);
    expect(covered).toBe(Math.min(RUNS, routes.length));
    expect(report.sent + report.unsendable).toBe(RUNS);
    expect(report.serverErrors).toEqual({});
    expect(report.unanswered).toEqual({});
    expect(report.health.samples).toBeGreaterThan(0);
    expect(report.health.failures).toBe(0);
    expect(outcome.alive).toBe(true);
  }, 300_000);
});
