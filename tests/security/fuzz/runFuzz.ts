import type { Credentials } from './credentials';
import { endsSession } from './credentials';
import type { MalformedRequest } from './malformedRequest';
import { CLOSED_WHILE_SENDING, send, type Answer } from './send';

export interface FuzzReport {
  sent: number;
  /** Requests Node itself refused to send (bytes HTTP forbids); they never reached the server. */
  unsendable: number;
  byStatus: Record<string, number>;
  /** 5xx answers by `METHOD route`, Salesforce's documented SOAP faults left out. */
  serverErrors: Record<string, number>;
  soapFaults: number;
  /** Requests whose large body the server did not read (it answered early and closed the connection); sent again without it. */
  closedWhileSending: number;
  /** Requests that got no answer in time: a frozen or dropped request. */
  unanswered: Record<string, number>;
  examples: { request: string; status: number; head: string }[];
  /** The slowest answers, for finding what holds the server up. */
  slowest: { request: string; status: number; ms: number }[];
  /** What was in flight while /health took longer than 50 ms. */
  inFlightWhenSlow: { healthMs: number; requests: string[] }[];
  health: { samples: number; maxMs: number; p99Ms: number; failures: number };
  durationMs: number;
}

/** Salesforce answers a SOAP fault with HTTP 500, as its SOAP API documents; anything else 5xx is a bug. */
const isSoapFault = (request: MalformedRequest, answer: Answer) =>
  request.route.path.startsWith('/services/Soap/') && answer.status === 500 && /<(\w+:)?Fault>/.test(answer.head);

/** /health answer times, `count` samples 20 ms apart (the machine's own latency, before any load). */
export async function sampleHealth(url: string, count: number): Promise<{ maxMs: number; p99Ms: number }> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    times.push((await send(url, 'GET', '/health', {}, undefined, 5000)).ms);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return summary(times);
}

const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { maxMs: sorted.at(-1) ?? 0, p99Ms: sorted[Math.floor(sorted.length * 0.99)] ?? 0 };
};

/**
 * Sends every request, `concurrency` at a time, while /health is polled; answers what came back.
 * Requests that would end the fuzz's own sessions go without credentials.
 */
export async function runFuzz(url: string, requests: MalformedRequest[], credentials: Credentials, options: { concurrency: number; timeoutMs: number }): Promise<FuzzReport> {
  const report: FuzzReport = { sent: 0, unsendable: 0, closedWhileSending: 0, byStatus: {}, serverErrors: {}, soapFaults: 0, unanswered: {}, examples: [], slowest: [], inFlightWhenSlow: [], health: { samples: 0, maxMs: 0, p99Ms: 0, failures: 0 }, durationMs: 0 };
  const started = performance.now();
  let finished = false;
  const healthTimes: number[] = [];
  const inFlight = new Set<MalformedRequest>();
  const sampler = (async () => {
    while (!finished) {
      const during = new Set(inFlight);
      const answer = await send(url, 'GET', '/health', {}, undefined, 5000);
      for (const request of inFlight) during.add(request);
      if (answer.ms > 50 && report.inFlightWhenSlow.length < 20) report.inFlightWhenSlow.push({ healthMs: answer.ms, requests: [...during].map(describe) });
      if (answer.status !== 200) report.health.failures += 1;
      healthTimes.push(answer.ms);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();

  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const request = requests[next++];
      const signedIn = request.auth && !endsSession(request.path);
      const headers = { ...request.headers, ...(signedIn ? credentials[request.route.api] : {}) };
      inFlight.add(request);
      let answer = await send(url, request.method, request.path, headers, request.body, options.timeoutMs);
      if (answer.status === CLOSED_WHILE_SENDING) {
        // The answer was lost with the connection: the same request without its body shows it.
        report.closedWhileSending += 1;
        answer = await send(url, request.method, request.path, headers, undefined, options.timeoutMs);
      }
      inFlight.delete(request);
      record(report, request, answer);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  finished = true;
  await sampler;

  report.durationMs = performance.now() - started;
  report.health = { ...report.health, samples: healthTimes.length, ...summary(healthTimes) };
  return report;
}

const describe = (request: MalformedRequest) => `${request.method} ${request.path.slice(0, 200)} ${JSON.stringify(request.headers)} ${String(request.body).slice(0, 200)}`;

function record(report: FuzzReport, request: MalformedRequest, answer: Answer): void {
  if (answer.status === -1) return void (report.unsendable += 1);
  report.sent += 1;
  report.byStatus[answer.status] = (report.byStatus[answer.status] ?? 0) + 1;
  const route = `${request.route.method.toUpperCase()} ${request.route.path}`;
  report.slowest.push({ request: describe(request), status: answer.status, ms: answer.ms });
  report.slowest = report.slowest.sort((a, b) => b.ms - a.ms).slice(0, 10);
  const example = () => {
    if (report.examples.length < 20) report.examples.push({ request: describe(request), status: answer.status, head: answer.head.slice(0, 300) });
  };
  if (answer.status === 0) {
    report.unanswered[route] = (report.unanswered[route] ?? 0) + 1;
    example();
  } else if (isSoapFault(request, answer)) {
    report.soapFaults += 1;
  } else if (answer.status >= 500) {
    report.serverErrors[route] = (report.serverErrors[route] ?? 0) + 1;
    example();
  }
}
