import { describe, expect, it } from 'vitest';
import { ADMIN, basic, reply, useZendesk } from '../zendesk/client';

const zd = useZendesk();
const me = (authorization: string) => fetch(`${zd.emulator.url}/api/v2/users.json?per_page=1`, { headers: { authorization } });

describe('Zendesk secrets at rest and at sign-in (issue 23, findings 1 and 6)', () => {
  it('stores passwords and API and OAuth tokens only hashed', async () => {
    const { result: token } = await reply<{ full_token: string }>(zd.client.oauthtokens.create({ token: { client_id: 1, scopes: ['read'] } } as never));
    await zd.emulator.store.flush();
    const data = JSON.stringify(zd.emulator.store.namespace('zendesk', () => ({})).data);
    expect(data).not.toContain(`"${ADMIN.password}"`);
    expect(data).not.toContain(ADMIN.token);
    expect(data).not.toContain(token.full_token);
    expect(data).toMatch(/"password_hash":"scrypt:/);
  });

  it('signs in with password, token and bearer, and refuses wrong secrets', async () => {
    const { result: token } = await reply<{ full_token: string }>(zd.client.oauthtokens.create({ token: { client_id: 1, scopes: ['read'] } } as never));
    expect((await me(basic(ADMIN.email, ADMIN.password))).status).toBe(200);
    expect((await me(basic(`${ADMIN.email}/token`, ADMIN.token))).status).toBe(200);
    expect((await me(`Bearer ${token.full_token}`)).status).toBe(200);
    expect((await me(basic(ADMIN.email, `${ADMIN.password}x`))).status).toBe(401);
    expect((await me(basic(`${ADMIN.email}/token`, `${ADMIN.token}x`))).status).toBe(401);
    const altered = `${token.full_token.slice(0, -1)}${token.full_token.endsWith('0') ? '1' : '0'}`;
    expect((await me(`Bearer ${altered}`)).status).toBe(401);
  });

  // With scrypt on the event loop, /health would queue behind every check; off it, /health answers
  // while the checks are still running. (Absolute times vary with the machine's load; the order does not.)
  it('keeps /health answering while 20 wrong passwords are checked', async () => {
    await (await fetch(`${zd.emulator.url}/health`)).arrayBuffer();
    const started = performance.now();
    let lastLogin = 0;
    const attempts = Array.from({ length: 20 }, (_, i) => me(basic(ADMIN.email, `guess-${i}`)).then((r) => {
      lastLogin = performance.now() - started;
      return r.status;
    }));
    const health = await fetch(`${zd.emulator.url}/health`);
    const healthMs = performance.now() - started;
    expect(health.status).toBe(200);
    expect(new Set(await Promise.all(attempts))).toEqual(new Set([401]));
    expect(healthMs).toBeLessThan(lastLogin / 4);
  }, 60_000);

  it('costs an unknown user about as much as a known one', async () => {
    const time = async (user: string) => {
      const started = performance.now();
      await (await me(basic(user, 'not-the-password'))).arrayBuffer();
      return performance.now() - started;
    };
    await time('warm-up@example.org');
    const known = [await time(ADMIN.email), await time(ADMIN.email), await time(ADMIN.email)].sort((a, b) => a - b)[1];
    const unknown = [await time('nobody@example.org'), await time('nobody@example.org'), await time('nobody@example.org')].sort((a, b) => a - b)[1];
    expect(unknown).toBeGreaterThan(known / 3);
  });
});
