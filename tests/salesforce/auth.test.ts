import jsforce from 'jsforce';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { createSession } from '../../emulator/salesforce/auth/sessions';
import { issueRefreshToken } from '../../emulator/salesforce/auth/oauth';
import { startMemoryEmulator } from '../support/emulator';
import { AGENT, CLIENT, login, rejection } from './connect';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startMemoryEmulator();
});
afterAll(() => emulator.close());

describe('Salesforce login', () => {
  it('logs in with the SOAP partner login jsforce sends and answers data calls', async () => {
    const conn = await login(emulator);
    expect(conn.instanceUrl).toBe(emulator.url);
    expect(conn.userInfo?.id).toMatch(/^005\w{15}$/);
    const me = await conn.sobject('User').retrieve(conn.userInfo!.id);
    expect(me.Username).toBe(AGENT.username);
    await conn.logout();
    const res = await fetch(`${emulator.url}/services/data/v62.0/sobjects`, { headers: { authorization: `Bearer ${conn.accessToken ?? ''}` } });
    expect(res.status).toBe(401);
  });

  it('answers a bad password with the INVALID_LOGIN SOAP fault and HTTP 500', async () => {
    const res = await fetch(`${emulator.url}/services/Soap/u/62.0`, {
      method: 'POST', headers: { 'content-type': 'text/xml', SOAPAction: '""' },
      body: `<se:Envelope xmlns:se="http://schemas.xmlsoap.org/soap/envelope/"><se:Body><login xmlns="urn:partner.soap.sforce.com"><username>${AGENT.username}</username><password>wrong</password></login></se:Body></se:Envelope>`,
    });
    expect(res.status).toBe(500);
    const xml = await res.text();
    expect(xml).toContain('<faultcode>sf:INVALID_LOGIN</faultcode>');
    const conn = new jsforce.Connection({ loginUrl: emulator.url, version: '62.0' });
    const error = await rejection(conn.login(AGENT.username, 'wrong'));
    expect(error.message).toBe('INVALID_LOGIN: Invalid username, password, security token; or user locked out.');
  });

  it('issues tokens through the OAuth username-password flow', async () => {
    const oauth2 = new jsforce.OAuth2({ loginUrl: emulator.url, ...CLIENT, redirectUri: `${emulator.url}/callback` });
    const conn = new jsforce.Connection({ oauth2, version: '62.0' });
    const info = await conn.login(AGENT.username, AGENT.password);
    expect(info.organizationId).toMatch(/^00D/);
    expect(conn.instanceUrl).toBe(emulator.url);
    const contacts = await conn.query('SELECT Id FROM Contact LIMIT 1');
    expect(contacts.records).toHaveLength(1);
  });

  it('issues a token through the client-credentials flow and serves userinfo', async () => {
    const res = await fetch(`${emulator.url}/services/oauth2/token`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: CLIENT.clientId, client_secret: CLIENT.clientSecret }),
    });
    expect(res.status).toBe(200);
    const token = await res.json();
    expect(token).toMatchObject({ instance_url: emulator.url, token_type: 'Bearer' });
    expect(token.id).toMatch(/\/id\/00D\w+\/005\w+$/);
    expect(token.refresh_token).toBeUndefined();
    const me = await fetch(`${emulator.url}/services/oauth2/userinfo`, { headers: { authorization: `Bearer ${token.access_token}` } });
    expect(await me.json()).toMatchObject({ preferred_username: AGENT.username, name: 'Casey Agent' });
  });

  it('refuses bad credentials, clients and grants with the documented OAuth errors', async () => {
    const post = (params: Record<string, string>) => fetch(`${emulator.url}/services/oauth2/token`, { method: 'POST', body: new URLSearchParams(params) });
    const badPassword = await post({ grant_type: 'password', ...{ client_id: CLIENT.clientId, client_secret: CLIENT.clientSecret }, username: AGENT.username, password: 'nope' });
    expect(badPassword.status).toBe(400);
    expect(await badPassword.json()).toEqual({ error: 'invalid_grant', error_description: 'authentication failure' });
    const badSecret = await post({ grant_type: 'client_credentials', client_id: CLIENT.clientId, client_secret: 'nope' });
    expect(await badSecret.json()).toEqual({ error: 'invalid_client', error_description: 'invalid client credentials' });
    const badClient = await post({ grant_type: 'client_credentials', client_id: 'nobody', client_secret: 'x' });
    expect(await badClient.json()).toEqual({ error: 'invalid_client_id', error_description: 'client identifier invalid' });
    const badRefresh = await post({ grant_type: 'refresh_token', client_id: CLIENT.clientId, refresh_token: 'nope' });
    expect(await badRefresh.json()).toEqual({ error: 'invalid_grant', error_description: 'expired access/refresh token' });
  });

  it('exchanges a refresh token for a new access token through jsforce', async () => {
    const session = await createSession(emulator.store, AGENT.username);
    const refreshToken = await issueRefreshToken(emulator.store, session!.userId, CLIENT.clientId);
    const oauth2 = new jsforce.OAuth2({ loginUrl: emulator.url, ...CLIENT, redirectUri: `${emulator.url}/callback` });
    const token = await oauth2.refreshToken(refreshToken);
    expect(token.access_token).toMatch(/^00D\w+!/);
  });

  it('accepts the local pages\' sid cookie and refuses calls without a session', async () => {
    const session = await createSession(emulator.store, AGENT.username);
    const withCookie = await fetch(`${emulator.url}/services/data/v62.0/sobjects/Account/describe`, { headers: { cookie: `sid=${session!.sessionId}` } });
    expect(withCookie.status).toBe(200);
    for (const path of ['/services/data/v62.0/sobjects', '/services/data/v62.0/query?q=SELECT+Id+FROM+Account', '/services/data/v62.0/ui-api/object-info/Account']) {
      const res = await fetch(`${emulator.url}${path}`, { headers: { authorization: 'Bearer forged' } });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual([{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]);
    }
    expect(await createSession(emulator.store, 'nobody@example.com')).toBeUndefined();
  });

  it('finds no session, user or client under an inherited property name', async () => {
    for (const token of ['constructor', '__proto__', 'toString']) {
      const res = await fetch(`${emulator.url}/services/data/v62.0/sobjects`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(401);
    }
    const token = await fetch(`${emulator.url}/services/oauth2/token`, { method: 'POST', body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'constructor', client_secret: 'x' }) });
    expect({ status: token.status, body: await token.json() }).toEqual({ status: 400, body: { error: 'invalid_client_id', error_description: 'client identifier invalid' } });
    const refresh = await fetch(`${emulator.url}/services/oauth2/token`, { method: 'POST', body: new URLSearchParams({ grant_type: 'refresh_token', client_id: CLIENT.clientId, refresh_token: 'constructor' }) });
    expect(await refresh.json()).toEqual({ error: 'invalid_grant', error_description: 'expired access/refresh token' });
    expect(await createSession(emulator.store, 'constructor')).toBeUndefined();
  });
});
