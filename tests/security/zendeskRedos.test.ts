import { beforeAll, describe, expect, it } from 'vitest';
import { api, useZendesk } from '../zendesk/client';

const zd = useZendesk();

// The first requests of a process pay for connections and compilation; time the ones after.
beforeAll(async () => {
  for (let i = 0; i < 3; i++) {
    await (await api(zd.emulator, '/search.json?query=type:user')).arrayBuffer();
    await (await fetch(`${zd.emulator.url}/health`)).arrayBuffer();
  }
});

/** Runs a request and a /health probe at once; both times in ms. */
async function once(path: string) {
  const started = performance.now();
  const request = api(zd.emulator, path).then(async (res) => ({ res, body: await res.json(), ms: performance.now() - started }));
  const health = fetch(`${zd.emulator.url}/health`).then(async (res) => ({ status: res.status, ms: performance.now() - started }));
  return { ...(await request), health: await health };
}

/**
 * Five tries, judged by the fastest: other work on a shared machine can delay any one request,
 * while the catastrophic match took over 25 s on every try. Each try must still end within 2 s.
 */
async function withHealth(path: string) {
  const tries = [];
  for (let i = 0; i < 5; i++) tries.push(await once(path));
  for (const t of tries) expect(Math.max(t.ms, t.health.ms)).toBeLessThan(2000);
  const fastest = tries.reduce((a, b) => (b.ms < a.ms ? b : a));
  const health = tries.reduce((a, b) => (b.health.ms < a.health.ms ? b : a)).health;
  return { ...fastest, health };
}

describe('Zendesk search cannot freeze the server (issue 23, finding 1)', () => {
  it('answers the reported wildcard query at once with Zendesk’s invalid-search error, /health meanwhile', async () => {
    const query = encodeURIComponent('type:user email:*@**************!');
    const { res, body, ms, health } = await withHealth(`/search.json?query=${query}`);
    expect(res.status).toBe(400);
    expect(body).toEqual({ error: 'invalid', description: expect.stringMatching(/^Invalid search: /) });
    expect(ms).toBeLessThan(100);
    expect(health).toMatchObject({ status: 200 });
    expect(health.ms).toBeLessThan(100);
  });

  it('refuses the same pattern on Search Users and on the count endpoint', async () => {
    const query = encodeURIComponent('email:*@**************!');
    expect((await api(zd.emulator, `/users/search.json?query=${query}`)).status).toBe(400);
    expect((await api(zd.emulator, `/search/count.json?query=${query}`)).status).toBe(400);
  });

  it('matches the allowed number of wildcards against long addresses in linear time', async () => {
    const local = 'a'.repeat(5000);
    await api(zd.emulator, '/users.json', { method: 'POST', body: JSON.stringify({ user: { name: 'Long Address', email: `${local}@${'b'.repeat(200)}.example` } }) });
    const query = encodeURIComponent('type:user email:*a*a*a*a*!');
    const { res, body, ms, health } = await withHealth(`/search.json?query=${query}`);
    expect(res.status).toBe(200);
    expect(body.count).toBe(0);
    expect(ms).toBeLessThan(100);
    expect(health.ms).toBeLessThan(100);
  });

  it('still finds users by a wildcard email', async () => {
    const query = encodeURIComponent('type:user email:*@acme.example');
    const { body } = await withHealth(`/search.json?query=${query}`);
    expect(body.results.map((u: { email: string }) => u.email)).toContain('maria.garcia@acme.example');
    expect(body.results.every((u: { email: string }) => u.email.endsWith('@acme.example'))).toBe(true);
  });
});
