import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * How a failed request fails: refused before it reaches the CRM (503), or forwarded and done
 * but its response lost (the connection drops), or forwarded and answered late with a 504 as a
 * gateway does when it gave up waiting. The last two leave the CRM changed without the client
 * knowing, which is what idempotent write-back has to survive.
 */
export type Fault = 'unavailable' | 'lost-response' | 'timeout';

export interface FaultyProxyOptions {
  /** Where requests go; can be changed later (an emulator restarted on another port). */
  target: string;
  /** Share of requests that fail, 0..1. */
  failRate: number;
  faults?: Fault[];
  seed?: number;
  /** How long a `timeout` stalls before its 504. */
  stallMs?: number;
  /** How long every request waits before it is forwarded: a CRM that answers slowly. */
  delayMs?: number;
}

export interface FaultyProxy {
  url: string;
  target: string;
  failRate: number;
  faults: Fault[];
  delayMs: number;
  /** What happened to each request so far. */
  readonly counts: Record<Fault | 'forwarded', number>;
  close(): Promise<void>;
}

/** mulberry32: a small seeded generator, so a failing run can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * Sends the request on as a reverse proxy does: to the CRM under its own Host (a CRM answers
 * only its own names), its answer's URLs rewritten to the proxy's (as nginx's `sub_filter` or
 * `proxy_redirect` would), so clients keep going through the proxy after they sign in.
 */
function forward(target: string, req: IncomingMessage, body: Buffer): Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const out = request(new URL(req.url ?? '/', target), { method: req.method, headers: { ...req.headers, host: new URL(target).host } }, (res) => {
      readBody(res).then((data) => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: data }), reject);
    });
    out.on('error', reject);
    out.end(body);
  });
}

/** An HTTP proxy in front of a CRM that fails a seeded-random share of requests, or answers late. */
export async function startFaultyProxy(options: FaultyProxyOptions): Promise<FaultyProxy> {
  const random = seededRandom(options.seed ?? 7);
  const counts: FaultyProxy['counts'] = { forwarded: 0, unavailable: 0, 'lost-response': 0, timeout: 0 };
  const stallMs = options.stallMs ?? 150;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req);
    if (proxy.delayMs > 0) await new Promise((r) => setTimeout(r, proxy.delayMs));
    const fault = random() < proxy.failRate ? proxy.faults[Math.floor(random() * proxy.faults.length)] : undefined;
    if (fault === 'unavailable') {
      counts.unavailable += 1;
      res.writeHead(503, { 'content-type': 'application/json' });
      return res.end(JSON.stringify([{ errorCode: 'SERVER_UNAVAILABLE', message: 'injected by the faulty proxy' }]));
    }
    const answer = await forward(proxy.target, req, body);
    counts.forwarded += 1;
    if (fault === 'lost-response') {
      counts['lost-response'] += 1;
      return req.socket.destroy();
    }
    if (fault === 'timeout') {
      counts.timeout += 1;
      await new Promise((r) => setTimeout(r, stallMs));
      res.writeHead(504, { 'content-type': 'text/plain' });
      return res.end('Gateway Timeout');
    }
    const headers = { ...answer.headers };
    delete headers['transfer-encoding'];
    const textual = /json|xml|text/.test(String(headers['content-type'] ?? ''));
    const rewritten = textual ? Buffer.from(answer.body.toString('utf8').replaceAll(proxy.target, proxy.url)) : answer.body;
    if (typeof headers.location === 'string') headers.location = headers.location.replace(proxy.target, proxy.url);
    res.writeHead(answer.status, { ...headers, 'content-length': String(rewritten.length) });
    res.end(rewritten);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(502).end();
      else res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const proxy: FaultyProxy = {
    url: `http://127.0.0.1:${port}`,
    target: options.target,
    failRate: options.failRate,
    faults: options.faults ?? ['unavailable', 'lost-response', 'timeout'],
    delayMs: options.delayMs ?? 0,
    counts,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return proxy;
}
