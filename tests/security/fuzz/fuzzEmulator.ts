import { openStore } from '../../../emulator/store/store';
import { createServices } from '../../../emulator/services';
import { recordMountPaths } from '../../support/expressRoutes';
import { signInEverywhere } from './credentials';
import { malformedRequests } from './malformedRequest';
import { runFuzz, sampleHealth, type FuzzReport } from './runFuzz';
import { closeConnections } from './send';
import { everyRoute, type FuzzRoute } from './targets';

export interface FuzzOutcome {
  report: FuzzReport;
  routes: FuzzRoute[];
  /** Routes the run sent at least one request to. */
  covered: number;
  /** /health before the run: the machine's own latency, no fuzz load. */
  idle: { maxMs: number; p99Ms: number };
  /** The emulator process still running after the run, and /health answering 200. */
  alive: boolean;
}

/**
 * Every route of every API: the services are built (not started, not seeded) only to read
 * their routers, so the list is the one the emulator mounts.
 */
export async function listRoutes(): Promise<FuzzRoute[]> {
  const stopRecording = recordMountPaths();
  try {
    const store = await openStore(':memory:');
    return everyRoute(createServices({ store, selfUrl: () => 'http://127.0.0.1' }));
  } finally {
    stopRecording();
  }
}

/** Where the fuzz sends: the emulator's URL, and whether its process is still running. */
export interface FuzzTarget {
  url: string;
  running(): boolean;
}

/** `runs` malformed requests over `routes`, `concurrency` at a time, to `target`; then whether it is still up. */
export async function fuzzEmulator(target: FuzzTarget, routes: FuzzRoute[], options: { runs: number; concurrency: number; seed: number }): Promise<FuzzOutcome> {
  try {
    const credentials = await signInEverywhere(target.url);
    const requests = malformedRequests(routes, options.runs, options.seed);
    const idle = await sampleHealth(target.url, 50);
    const report = await runFuzz(target.url, requests, credentials, { concurrency: options.concurrency, timeoutMs: 10_000 });
    const covered = new Set(requests.map((r) => `${r.route.method} ${r.route.path}`)).size;
    const health = target.running() ? await fetch(`${target.url}/health`).then((r) => r.status, () => 0) : 0;
    return { report, routes, covered, idle, alive: target.running() && health === 200 };
  } finally {
    closeConnections();
  }
}

/** One line with what a run did, for the test's output and the benchmark's log. */
export function describeOutcome({ report, routes, covered, idle }: FuzzOutcome): string {
  return (
    `fuzz: ${report.sent} requests over ${covered} of ${routes.length} routes in ${(report.durationMs / 1000).toFixed(1)} s; by status ${JSON.stringify(report.byStatus)}; ` +
    `5xx ${JSON.stringify(report.serverErrors)}; SOAP faults ${report.soapFaults}; unanswered ${JSON.stringify(report.unanswered)}; ${report.closedWhileSending} large bodies left unread (sent again without); ` +
    `/health ${report.health.samples} samples, max ${report.health.maxMs.toFixed(1)} ms, p99 ${report.health.p99Ms.toFixed(1)} ms, ${report.health.failures} unanswered ` +
    `(before the run: max ${idle.maxMs.toFixed(1)} ms, p99 ${idle.p99Ms.toFixed(1)} ms)`
  );
}
