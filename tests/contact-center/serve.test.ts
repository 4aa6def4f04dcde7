import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { spawnEmulator, type EmulatorProcess } from '../support/emulator';
import { signInCc } from '../support/cc';
import { createTestDatabase, postgresAnswers, type TestDatabase } from '../support/postgres';

const run = promisify(execFile);
const ADMIN = { ADMIN_USERNAME: 'amelie.durand@example.fr', ADMIN_NAME: 'Amélie Durand', ADMIN_PASSWORD: 'Chaussettes-rouges-42' };

/** On PostgreSQL when a server answers (always in CI), else on a lowdb file: the same service either way. */
const postgres = await postgresAnswers();

describe(`npm run serve (issue 22) on ${postgres ? 'PostgreSQL' : 'a lowdb file'}`, () => {
  let database: TestDatabase | undefined;
  let dir = '';
  let storeEnv: Record<string, string> = {};
  let serve: EmulatorProcess;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cc-serve-'));
    if (postgres) database = await createTestDatabase();
    storeEnv = database ? { DATABASE_URL: database.url } : { DATABASE_URL: '', EMULATOR_DATA: join(dir, 'cc.json') };
    await run(process.execPath, ['--import', 'tsx', 'emulator/serve/createAdmin.ts'], { env: { ...process.env, ...storeEnv, ...ADMIN } });
    // A long drain: the service must end its event streams itself, or it would not exit within the test's time.
    serve = await spawnEmulator({ ...storeEnv, SHUTDOWN_DRAIN_MS: '600000' }, [], { script: 'emulator/serve/main.ts' });
  });
  afterAll(async () => {
    await serve?.stop('SIGKILL');
    await database?.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('serves the contact center alone: no demo agents, no emulated CRM, and ready with no CRM configured', async () => {
    expect(await (await fetch(`${serve.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${serve.url}/readyz`)).json()).toMatchObject({ status: 'ready', store: 'ok', 'contact-center': { crms: {} } });
    expect((await fetch(`${serve.url}/services/data/`)).status).toBe(404);
    await expect(signInCc(serve.url, 'admin@customercard.example', 'emulator')).rejects.toThrow();
  });

  it('signs in the admin npm run admin:create made, and logs JSON lines with a request id and no password', async () => {
    const admin = await signInCc(serve.url, ADMIN.ADMIN_USERNAME, ADMIN.ADMIN_PASSWORD);
    expect(admin.agent).toMatchObject({ role: 'admin', name: 'Amélie Durand' });
    // The line is written once the answer is sent, so it may reach the pipe just after it.
    const signInLine = await vi.waitFor(() => {
      const lines = serve.output().split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, unknown>);
      const line = lines.find((l) => l.route === '/cc/v1/auth/token' && l.status === 200);
      if (!line) throw new Error('no sign-in line yet');
      return line;
    });
    expect(signInLine).toMatchObject({ method: 'POST', reqId: expect.any(String) });
    expect(serve.output()).not.toContain(ADMIN.ADMIN_PASSWORD);
  });

  it('believes the address a load balancer on the private network forwards (trust proxy)', async () => {
    await fetch(`${serve.url}/healthz`, { headers: { 'x-forwarded-for': '203.0.113.7', 'x-request-id': 'lb-trust-1' } });
    const line = await vi.waitFor(() => {
      const found = serve.output().split('\n').find((l) => l.includes('"reqId":"lb-trust-1"'));
      if (!found) throw new Error('no line yet');
      return JSON.parse(found) as Record<string, unknown>;
    });
    expect(line).toMatchObject({ route: '/healthz', ip: '203.0.113.7' });
  });

  it('serves its own pages: sign-in with nothing filled in, ticket search and the admin console, not the local CRM pages', async () => {
    const login = await (await fetch(`${serve.url}/login`)).text();
    expect(login).toMatch(/id="username"[^>]*value=""/);
    expect(login).toMatch(/id="password"[^>]*value=""/);
    const unsigned = await fetch(`${serve.url}/admin/lookup`, { redirect: 'manual' });
    expect(unsigned.headers.get('location')).toBe('/login?startURL=%2Fadmin%2Flookup');
    const form = new URLSearchParams({ username: ADMIN.ADMIN_USERNAME, password: ADMIN.ADMIN_PASSWORD, startURL: '/admin/lookup' });
    const signedIn = await fetch(`${serve.url}/login`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: serve.url }, body: form });
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get('location')).toBe('/admin/lookup');
    const cookies = signedIn.headers.getSetCookie().map((cookie) => cookie.split(';')[0]);
    // No emulated org or instance: no Salesforce or ServiceNow session is opened.
    expect(cookies.some((cookie) => cookie.startsWith('sid=') || cookie.startsWith('glide_session_store='))).toBe(false);
    const headers = { cookie: cookies.join('; ') };
    const console = await fetch(`${serve.url}/admin/lookup`, { headers });
    expect(console.status).toBe(200);
    const html = await console.text();
    expect(html).toContain('Test lookup');
    expect(html).not.toContain('/lightning/page/home');
    expect((await fetch(`${serve.url}/tickets`, { headers })).status).toBe(200);
    expect((await fetch(`${serve.url}/`, { headers, redirect: 'manual' })).headers.get('location')).toBe('/tickets');
    for (const local of ['/lightning/page/home', '/simulator', '/now/workspace/agent/home']) expect((await fetch(`${serve.url}${local}`, { headers, redirect: 'manual' })).status, local).toBe(404);
  });

  it('reports its request times and event streams to Prometheus, then drains and closes the streams on SIGTERM', async () => {
    const admin = await signInCc(serve.url, ADMIN.ADMIN_USERNAME, ADMIN.ADMIN_PASSWORD);
    const stream = await fetch(`${serve.url}/cc/v1/agents/${admin.agent.id}/events`, { headers: { authorization: `Bearer ${admin.token}`, accept: 'text/event-stream' } });
    const reader = stream.body!.getReader();
    await reader.read();
    const metrics = await (await fetch(`${serve.url}/metrics`)).text();
    expect(metrics).toMatch(/^cc_sse_connections 1$/m);
    expect(metrics).toMatch(/^http_request_duration_seconds_count\{method="POST",route="\/cc\/v1\/auth\/token",status="200"\} \d+$/m);
    expect(metrics).toContain('# TYPE cc_ivr_lookup_duration_seconds histogram');
    const exited = serve.stop('SIGTERM');
    for (;;) if ((await reader.read()).done) break;
    expect(await exited).toBe(0);
  });
});
