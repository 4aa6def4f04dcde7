import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCcClient } from '../../shared/contract';
import type { RunningEmulator } from '../../emulator/server';
import { CC_ADMIN, CC_AGENT, signInCc, type SignedInClient } from '../support/cc';
import { startMemoryEmulator } from '../support/emulator';

const ORG = 'https://acme.my.salesforce.com';
const LIGHTNING = 'https://acme.lightning.force.com';
const INSTANCE = 'https://acme.service-now.com';
const STRANGER = 'https://evil.example';

/**
 * Issue 25: the card runs on the CRMs' own pages and calls the service cross-origin. The
 * configured CRMs' origins (the same as frame-ancestors) get CORS with credentials; where the
 * browser blocks the service's cookie, the page signs in and sends the token in memory instead.
 */
describe("the service accepts the CRMs' pages", () => {
  let emulator: RunningEmulator;
  let admin: SignedInClient;
  const preflight = (origin: string, method = 'POST') =>
    fetch(`${emulator.url}/cc/v1/calls`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': 'authorization, content-type' } });
  const withConnections = async (connections: Record<string, unknown>) => {
    const { config } = await admin.call('getConfig');
    await admin.call('putConfig', { body: { ...config, connections } as never });
  };

  beforeAll(async () => {
    emulator = await startMemoryEmulator();
    admin = await signInCc(emulator.url, CC_ADMIN.username, CC_ADMIN.password);
    await withConnections({
      salesforce: { instanceUrl: ORG, auth: { kind: 'password', username: 'integration@acme.example' } },
      servicenow: { instanceUrl: INSTANCE, user: 'cc.integration' },
    });
  });
  afterAll(() => emulator.close());

  it("answers a preflight from a configured CRM's page with the grant, before any sign-in", async () => {
    for (const origin of [LIGHTNING, ORG, INSTANCE]) {
      const res = await preflight(origin);
      expect(res.status, origin).toBe(204);
      expect(res.headers.get('access-control-allow-origin'), origin).toBe(origin);
      expect(res.headers.get('access-control-allow-credentials')).toBe('true');
      expect(res.headers.get('access-control-allow-methods')).toContain('POST');
      expect(res.headers.get('access-control-allow-headers')).toMatch(/authorization.*content-type|content-type.*authorization/);
      expect(res.headers.get('vary')).toMatch(/origin/i);
    }
  });

  it('grants no other origin, and says so to caches with Vary: Origin', async () => {
    const pre = await preflight(STRANGER);
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    expect(pre.headers.get('access-control-allow-methods')).toBeNull();
    const res = await fetch(`${emulator.url}/cc/v1/agents/me`, { headers: { origin: STRANGER, authorization: `Bearer ${admin.token}` } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('vary')).toMatch(/origin/i);
  });

  it('frames the pages from the same origins', async () => {
    const res = await fetch(`${emulator.url}/login`);
    const ancestors = /frame-ancestors ([^;]*)/.exec(String(res.headers.get('content-security-policy')))?.[1].split(' ') ?? [];
    expect(ancestors).toEqual(expect.arrayContaining(["'self'", ORG, LIGHTNING, INSTANCE]));
    expect(ancestors).not.toContain(STRANGER);
  });

  it("serves a Lightning page's client that holds a bearer token in memory: no cookie, no CSRF token, writes accepted", async () => {
    const seen: Response[] = [];
    const page = createCcClient({
      baseUrl: emulator.url,
      credentials: 'include',
      headers: { origin: LIGHTNING },
      fetch: async (input, init) => {
        const res = await fetch(input, init);
        seen.push(res.clone());
        return res;
      },
    });
    const { agent } = await page.signIn(CC_AGENT.username, CC_AGENT.password);
    expect(await page.call('getMe')).toMatchObject({ agent: { id: agent.id } });
    expect((await page.send('placeCall', { body: { ani: '+14155551000' } })).status).toBe(201);
    // The agent's event stream, which the Salesforce card then reads through fetch with the same header.
    await new Promise<void>((resolve, reject) => {
      const stream = page.events(agent.id, {}, reject, () => {
        stream.close();
        resolve();
      });
    });
    expect(seen.map((res) => new URL(res.url).pathname)).toContain(`/cc/v1/agents/${agent.id}/events`);
    for (const res of seen) {
      expect(res.headers.get('access-control-allow-origin')).toBe(LIGHTNING);
      expect(res.headers.get('access-control-allow-credentials')).toBe('true');
      expect(res.headers.get('set-cookie')).toBeNull();
    }
  });

  it('still refuses a sign-in posted from any other origin', async () => {
    const res = await fetch(`${emulator.url}/cc/v1/auth/token`, {
      method: 'POST',
      headers: { origin: STRANGER, 'content-type': 'application/json' },
      body: JSON.stringify({ username: CC_AGENT.username, password: CC_AGENT.password }),
    });
    expect(res.status).toBe(403);
  });

  it('allows no origin once the CRM is no longer configured', async () => {
    await withConnections({});
    expect((await preflight(LIGHTNING)).headers.get('access-control-allow-origin')).toBeNull();
  });
});
