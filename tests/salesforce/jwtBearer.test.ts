import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsforce from 'jsforce';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { startMemoryEmulator } from '../support/emulator';
import { AGENT, rejection } from './connect';
import { selfSignedCertificate, signAssertion } from './selfSignedCertificate';

/**
 * The OAuth 2.0 JWT bearer flow with a certificate from a connected app's metadata: the key
 * pair is made here, its certificate goes into a connected app file the emulator loads
 * (SALESFORCE_CONNECTED_APPS), and the private key never leaves this process.
 */
const GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const signer = selfSignedCertificate('nightly-sync.customercard.example');
const stranger = selfSignedCertificate('someone-else');
const APPROVED = '3MVG9nightlySyncApprovedByAdmin';
const UNAPPROVED = '3MVG9reportsExportNotYetApproved';
let emulator: RunningEmulator;
let dir: string;

const connectedApp = (fullName: string, consumerKey: string, isAdminApproved: boolean) => JSON.stringify({
  fullName, label: fullName.replaceAll('_', ' '),
  oauthConfig: { consumerKey, consumerSecret: `${consumerKey}-secret`, callbackUrl: 'https://sync.customercard.example/callback', scopes: ['Api', 'RefreshToken'], certificate: signer.certificatePem, isAdminApproved },
});
const claims = (overrides: Record<string, unknown> = {}) => ({ iss: APPROVED, sub: AGENT.username, aud: emulator.url, exp: Math.floor(Date.now() / 1000) + 180, ...overrides });
const exchange = async (assertion: string) => {
  const res = await fetch(`${emulator.url}/services/oauth2/token`, { method: 'POST', body: new URLSearchParams({ grant_type: GRANT, assertion }) });
  return { status: res.status, body: await res.json() };
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'connected-apps-'));
  writeFileSync(join(dir, 'Nightly_Sync.connectedApp.json'), connectedApp('Nightly_Sync', APPROVED, true));
  writeFileSync(join(dir, 'Reports_Export.connectedApp.json'), connectedApp('Reports_Export', UNAPPROVED, false));
  process.env.SALESFORCE_CONNECTED_APPS = dir;
  emulator = await startMemoryEmulator();
  delete process.env.SALESFORCE_CONNECTED_APPS;
});
afterAll(async () => {
  await emulator.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('JWT bearer flow', () => {
  it('gives jsforce a session for a signed assertion of a pre-authorized app, without a refresh token', async () => {
    const conn = new jsforce.Connection({ oauth2: { loginUrl: emulator.url }, version: '62.0' });
    const userInfo = await conn.authorize({ grant_type: GRANT, assertion: signAssertion(signer.privateKey, claims()) });
    expect(userInfo.id).toMatch(/^005/);
    expect(conn.instanceUrl).toBe(emulator.url);
    expect(conn.refreshToken).toBeUndefined();
    expect((await conn.query<{ Username: string }>('SELECT Username FROM User')).records[0].Username).toBe(AGENT.username);
  });

  it('refuses assertions signed with another key, for another audience, expired or from an unknown app', async () => {
    expect(await exchange(signAssertion(stranger.privateKey, claims()))).toEqual({ status: 400, body: { error: 'invalid_grant', error_description: 'invalid assertion' } });
    expect(await exchange(signAssertion(signer.privateKey, claims({ aud: 'https://evil.example' })))).toEqual({ status: 400, body: { error: 'invalid_grant', error_description: 'audience is invalid' } });
    expect(await exchange(signAssertion(signer.privateKey, claims({ exp: Math.floor(Date.now() / 1000) - 5 })))).toEqual({ status: 400, body: { error: 'invalid_grant', error_description: 'expired authorization code' } });
    expect(await exchange(signAssertion(signer.privateKey, claims({ iss: 'nobody' })))).toEqual({ status: 400, body: { error: 'invalid_client_id', error_description: 'client identifier invalid' } });
    expect(await exchange(signAssertion(signer.privateKey, claims({ sub: 'nobody@customercard.example' })))).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
    expect((await exchange('not.a.jwt')).body.error).toBe('invalid_client_id');
    const tampered = signAssertion(signer.privateKey, claims()).split('.');
    tampered[1] = Buffer.from(JSON.stringify(claims({ sub: 'admin@customercard.example' }))).toString('base64url');
    expect((await exchange(tampered.join('.'))).body).toEqual({ error: 'invalid_grant', error_description: 'invalid assertion' });
  });

  it("refuses a user who never approved an app that is not pre-authorized", async () => {
    const conn = new jsforce.Connection({ oauth2: { loginUrl: emulator.url }, version: '62.0' });
    const error = await rejection(conn.authorize({ grant_type: GRANT, assertion: signAssertion(signer.privateKey, claims({ iss: UNAPPROVED })) }));
    expect([(error as { name?: string }).name, error.message]).toEqual(['invalid_grant', "user hasn't approved this consumer"]);
  });
});
