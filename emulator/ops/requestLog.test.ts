import express from 'express';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { requestLog } from './requestLog';

async function logged(path: string, headers: Record<string, string> = {}) {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ base: null }, { write: (line: string) => lines.push(JSON.parse(line)) });
  const app = express();
  app.use(requestLog(logger));
  app.get('/cc/v1/interactions/:id', (_req, res) => {
    res.json({ ok: true });
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  const res = await fetch(`http://127.0.0.1:${port}${path}`, { headers });
  await res.text();
  await new Promise((resolve) => server.close(resolve));
  return { res, line: lines[0] };
}

describe('request log', () => {
  it('logs the route pattern, status and an id the response names, never the query string', async () => {
    const { res, line } = await logged('/cc/v1/interactions/int-000042?token=s3cr3t', { cookie: 'cc_session=abc' });
    expect(line).toMatchObject({ method: 'GET', route: '/cc/v1/interactions/:id', path: '/cc/v1/interactions/int-000042', status: 200, reqId: res.headers.get('x-request-id') });
    expect(JSON.stringify(line)).not.toMatch(/s3cr3t|cc_session/);
  });

  it("keeps the load balancer's request id, and replaces one that does not look like an id", async () => {
    expect((await logged('/cc/v1/interactions/1', { 'x-request-id': 'lb-7f3a.1' })).line.reqId).toBe('lb-7f3a.1');
    expect((await logged('/cc/v1/interactions/1', { 'x-request-id': 'a b\u00e9' })).line.reqId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
