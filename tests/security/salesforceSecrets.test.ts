import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { AGENT, CLIENT } from '../salesforce/connect';
import { startMemoryEmulator } from '../support/emulator';

/**
 * Issue 23 §1 and §6 for the Salesforce emulation: passwords were stored and compared in
 * plain text, a known user took 42 ms and an unknown one 4 ms, and hashing blocked the event
 * loop. Now passwords are scrypt hashes checked off the event loop, unknown users cost the same.
 */
let emulator: RunningEmulator;
const passwordLogin = async (username: string, password: string) => {
  const started = performance.now();
  const res = await fetch(`${emulator.url}/services/oauth2/token`, {
    method: 'POST', body: new URLSearchParams({ grant_type: 'password', client_id: CLIENT.clientId, client_secret: CLIENT.clientSecret, username, password }),
  });
  await res.arrayBuffer();
  return { status: res.status, ms: performance.now() - started };
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

beforeAll(async () => {
  emulator = await startMemoryEmulator();
});
afterAll(() => emulator.close());

describe('Salesforce secrets (issue 23 §1, §6)', () => {
  it('keeps no plain password or client secret in the data file', () => {
    const data = JSON.stringify(emulator.store.namespace('salesforce', () => ({})).data);
    expect(data).not.toContain(`"${AGENT.password}"`);
    expect(data).not.toContain(CLIENT.clientSecret);
    expect(data).toMatch(/"passwordHash":"scrypt\$/);
  });

  it('takes as long for an unknown user as for a known one with a wrong password', async () => {
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 5; i++) {
      known.push((await passwordLogin(AGENT.username, `wrong-${i}`)).ms);
      unknown.push((await passwordLogin(`nobody-${i}@customercard.example`, `wrong-${i}`)).ms);
    }
    // Before, the unknown user answered ten times faster; both now run one scrypt.
    expect(median(unknown) / median(known)).toBeGreaterThan(0.33);
    expect(median(unknown) / median(known)).toBeLessThan(3);
  });

  it('answers /health promptly while 20 wrong logins are checked', async () => {
    const logins = Array.from({ length: 20 }, (_, i) => passwordLogin(AGENT.username, `guess-${i}`));
    await new Promise((r) => setTimeout(r, 20));
    const started = performance.now();
    const health = await fetch(`${emulator.url}/health`);
    const healthMs = performance.now() - started;
    expect((await Promise.all(logins)).every((l) => l.status === 400)).toBe(true);
    expect(health.status).toBe(200);
    expect(healthMs).toBeLessThan(250);
  });
});
