import { Agent, request } from 'node:http';

/** One HTTP request as the reliability suites send it: raw path, raw headers, raw body. */
export interface Probe {
  method: string;
  /** Sent as-is (no dot-segment removal, unlike fetch), so traversal reaches the server. */
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** What the generator meant to test, for failure messages. */
  label: string;
}

export interface Answer {
  status: number;
  contentType: string;
  text: string;
  ms: number;
}

const agent = new Agent({ keepAlive: true, maxSockets: 32 });

export function send(base: string, probe: Probe): Promise<Answer> {
  const { hostname, port } = new URL(base);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...probe.headers };
    if (probe.body !== undefined) headers['content-length'] = Buffer.byteLength(probe.body);
    const req = request({ hostname, port, method: probe.method, path: probe.path, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({
        status: res.statusCode ?? 0,
        contentType: String(res.headers['content-type'] ?? ''),
        text: Buffer.concat(chunks).toString('utf8'),
        ms: performance.now() - started,
      }));
      res.on('error', reject);
    });
    // A server may answer 413 and close before reading a huge body; the answer still counts.
    req.on('error', reject);
    req.end(probe.body);
  });
}

/** Sends every probe, `limit` at a time, and returns the answers in the probes' order. */
export async function sendAll(base: string, probes: Probe[], limit = 16): Promise<Answer[]> {
  const answers: Answer[] = new Array(probes.length);
  let next = 0;
  const worker = async () => {
    while (next < probes.length) {
      const i = next++;
      answers[i] = await send(base, probes[i]);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return answers;
}

export const json = (method: string, path: string, body: unknown, auth: Record<string, string>, label = `${method} ${path}`): Probe => ({
  method, path, label, headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(body),
});

export async function jsonOf<T>(base: string, probe: Probe): Promise<T> {
  const answer = await send(base, probe);
  if (answer.status >= 300) throw new Error(`${probe.label}: ${answer.status} ${answer.text.slice(0, 300)}`);
  return JSON.parse(answer.text) as T;
}
