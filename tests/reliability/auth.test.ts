import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { startMemoryEmulator } from '../support/emulator';
import { json, jsonOf, send, sendAll, type Probe } from './client';
import { signIn, type Credentials } from './credentials';
import { CC, DATA_ROUTES, isVendorError, UNAUTHORIZED, type Part } from './endpoints';

const PARTS: Part[] = ['salesforce', 'servicenow', 'zendesk', 'contactCenter'];
const WRONG: Record<string, string>[] = [
  {},
  { authorization: 'Bearer 00DDn00000CCard0!forged-token' },
  { authorization: 'Bearer constructor' },
  { authorization: `Basic ${Buffer.from('admin:wrong').toString('base64')}` },
  { authorization: `Basic ${Buffer.from('admin@customercard.example/token:wrong').toString('base64')}` },
];

describe('credentials on every data endpoint', () => {
  let emulator: RunningEmulator;
  let creds: Credentials;
  const probe = (method: string, path: string, headers: Record<string, string>): Probe => ({
    method, path: path.replaceAll('{id}', 'x1'), headers: { ...headers, 'content-type': 'application/json' }, body: method === 'GET' ? undefined : '{}', label: `${method} ${path}`,
  });

  beforeAll(async () => {
    emulator = await startMemoryEmulator();
    creds = await signIn(emulator.url);
  });
  afterAll(() => emulator?.close());

  describe.each(PARTS)('%s', (part) => {
    const routes = DATA_ROUTES.filter((r) => r.part === part);

    it('refuses missing and wrong credentials with the vendor status and error shape', async () => {
      const probes = routes.flatMap((r) => WRONG.map((headers) => probe(r.method, r.path, headers)));
      const answers = await sendAll(emulator.url, probes, 8);
      const wrong = probes.flatMap((p, i) =>
        answers[i].status === UNAUTHORIZED[part] && isVendorError(p.path, answers[i]) ? [] : [`${p.label} with ${JSON.stringify(p.headers)} -> ${answers[i].status} ${answers[i].text.slice(0, 120)}`]);
      expect(wrong).toEqual([]);
    });

    it('lets valid credentials past the check on the same endpoints', async () => {
      const probes = routes.filter((r) => !r.path.endsWith('/events')).map((r) => probe(r.method, r.path, creds[part]));
      const answers = await sendAll(emulator.url, probes, 8);
      expect(probes.filter((_p, i) => answers[i].status === 401).map((p) => p.label)).toEqual([]);
    });
  });
});

describe('contact-center roles', () => {
  let emulator: RunningEmulator;
  let creds: Credentials;
  const call = (method: string, path: string, auth: Record<string, string>, body?: unknown) =>
    send(emulator.url, body === undefined ? { method, path: `${CC}${path}`, headers: auth, label: path } : json(method, `${CC}${path}`, body, auth));
  const configAs = async (auth: Record<string, string>) => (await jsonOf<{ config: Record<string, unknown> }>(emulator.url, { method: 'GET', path: `${CC}/config`, headers: auth, label: 'config' })).config;

  beforeAll(async () => {
    emulator = await startMemoryEmulator();
    creds = await signIn(emulator.url);
  });
  afterAll(() => emulator?.close());

  it('keeps an agent from changing the configuration', async () => {
    const before = await configAs(creds.admin);
    const answer = await call('PUT', '/config', creds.contactCenter, before);
    expect([answer.status, JSON.parse(answer.text).error]).toEqual([403, 'forbidden']);
  });

  it('shows connection secrets to admins only', async () => {
    const config = await configAs(creds.admin);
    const connections = {
      servicenow: { instanceUrl: 'https://alpine.service-now.com', user: 'cc.integration', password: 'sn-secret-1' },
      zendesk: { baseUrl: 'https://alpine.zendesk.com', email: 'ops@alpinefibre.example', apiToken: 'zd-secret-2' },
    };
    const saved = await call('PUT', '/config', creds.admin, { ...config, connections: { ...(config.connections as object), ...connections } });
    expect(saved.status).toBe(200);
    const asAgent = JSON.stringify(await configAs(creds.contactCenter));
    const asAdmin = JSON.stringify(await configAs(creds.admin));
    expect([asAdmin.includes('sn-secret-1'), asAdmin.includes('zd-secret-2')]).toEqual([true, true]);
    expect([asAgent.includes('sn-secret-1'), asAgent.includes('zd-secret-2'), asAgent.includes('********')]).toEqual([false, false, true]);
  });

  it("keeps an agent from changing another agent's state", async () => {
    const answer = await call('PUT', '/agents/lena/state', creds.contactCenter, { state: 'available' });
    expect(answer.status).toBe(403);
    const lena = await jsonOf<{ agent: { state: string } }>(emulator.url, { method: 'GET', path: `${CC}/agents/lena`, headers: creds.admin, label: 'lena' });
    expect(lena.agent.state).toBe('unavailable');
  });

  it('keeps an agent from answering a call assigned to another agent', async () => {
    expect((await call('PUT', '/agents/lena/state', creds.admin, { state: 'available' })).status).toBe(200);
    const created = JSON.parse((await call('POST', '/calls', creds.contactCenter, { ani: '+1 555 010 4242' })).text) as { interaction: { id: string } };
    const routed = JSON.parse((await call('POST', `/interactions/${created.interaction.id}/ivr/route`, creds.contactCenter)).text) as { interaction: { agentId?: string; state: string } };
    expect([routed.interaction.agentId, routed.interaction.state]).toEqual(['lena', 'alerting']);
    const answer = await call('POST', `/interactions/${created.interaction.id}/answer`, creds.contactCenter);
    expect([answer.status, JSON.parse(answer.text).error]).toEqual([403, 'forbidden']);
  });
});
