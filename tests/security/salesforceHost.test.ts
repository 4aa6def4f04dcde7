import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { send } from '../reliability/client';
import { AGENT, CLIENT } from '../salesforce/connect';
import { startMemoryEmulator } from '../support/emulator';

/**
 * Issue 23 §4: the Salesforce emulation trusted `Host` (a token request sent with
 * `Host: evil.example` came back with `instance_url: http://evil.example`). Now a Host outside
 * the allow-list gets 400, and every URL in a response is the configured origin.
 */
let emulator: RunningEmulator;
let port: string;
const form = new URLSearchParams({ grant_type: 'password', client_id: CLIENT.clientId, client_secret: CLIENT.clientSecret, ...AGENT }).toString();
const tokenWithHost = (host: string) =>
  send(emulator.url, { method: 'POST', path: '/services/oauth2/token', label: 'token', body: form, headers: { host, 'content-type': 'application/x-www-form-urlencoded' } });

beforeAll(async () => {
  emulator = await startMemoryEmulator();
  port = new URL(emulator.url).port;
});
afterAll(() => emulator.close());

describe('Host header (issue 23 §4)', () => {
  it('refuses a spoofed Host with 400 on every Salesforce endpoint', async () => {
    const spoofed = await tokenWithHost('evil.example');
    expect([spoofed.status, spoofed.text]).toEqual([400, 'Invalid Host header']);
    for (const path of ['/services/data/v62.0/sobjects', '/services/oauth2/authorize?response_type=code', '/id/00D/005', '/services/Soap/u/62.0']) {
      const answer = await send(emulator.url, { method: path.includes('Soap') ? 'POST' : 'GET', path, label: path, headers: { host: `evil.example:${port}` } });
      expect(answer.status, path).toBe(400);
    }
  });

  it('answers allowed Hosts with URLs from the configured origin, never from Host', async () => {
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`]) {
      const answer = await tokenWithHost(host);
      expect(answer.status).toBe(200);
      const token = JSON.parse(answer.text) as { instance_url: string; id: string };
      expect(token.instance_url).toBe(emulator.url);
      expect(token.id.startsWith(`${emulator.url}/id/`)).toBe(true);
    }
    const soap = await send(emulator.url, {
      method: 'POST', path: '/services/Soap/u/62.0', label: 'soap login', headers: { host: `localhost:${port}`, 'content-type': 'text/xml', SOAPAction: '""' },
      body: `<se:Envelope xmlns:se="http://schemas.xmlsoap.org/soap/envelope/"><se:Body><login xmlns="urn:partner.soap.sforce.com"><username>${AGENT.username}</username><password>${AGENT.password}</password></login></se:Body></se:Envelope>`,
    });
    expect(soap.text).toContain(`<serverUrl>${emulator.url}/services/Soap/u/62.0/`);
  });

  it('leaves the other parts of the emulator to their own rules', async () => {
    const health = await send(emulator.url, { method: 'GET', path: '/health', label: 'health', headers: { host: 'evil.example' } });
    expect(health.status).toBe(200);
  });
});
