import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { startMemoryEmulator } from '../support/emulator';
import { rawRequest } from './ccSupport';

/** Issue 23, findings 4 and 9: only our Host names are served; pages send security headers. */
describe('Host allow-list and page headers (findings 4 and 9)', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startMemoryEmulator();
  });
  afterAll(() => emulator.close());

  it('answers 400 to a spoofed Host on the contact center and the pages', async () => {
    for (const path of ['/cc/v1/openapi.json', '/login']) {
      expect((await rawRequest(emulator.url, path, { host: 'evil.example' })).status, path).toBe(400);
    }
  });

  it('serves the listening address and localhost on its port', async () => {
    const port = new URL(emulator.url).port;
    expect((await rawRequest(emulator.url, '/login', { host: `localhost:${port}` })).status).toBe(200);
    expect((await rawRequest(emulator.url, '/login', { host: new URL(emulator.url).host })).status).toBe(200);
  });

  it('sends a CSP without inline scripts, framing by the CRMs only, nosniff and a referrer policy', async () => {
    const res = await rawRequest(emulator.url, '/login', { host: new URL(emulator.url).host });
    const csp = String(res.headers['content-security-policy']);
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(csp).toMatch(/frame-ancestors 'self'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('same-origin');
  });
});
