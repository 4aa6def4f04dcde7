import { describe, expect, it } from 'vitest';
import { CONNECTED_APPS_DIR, salesforceOptions } from '../options';
import { isCallbackUrl, loadConnectedApps, parseConnectedApp } from './connectedApps';

describe('connected apps metadata', () => {
  it('loads the seeded app with its scopes, callback URLs and client-credentials user', async () => {
    const app = loadConnectedApps([CONNECTED_APPS_DIR]).get('customer-card-local');
    expect(app).toMatchObject({ label: 'Customer Card (local)', clientCredentialUser: 'agent@customercard.example', secretRequiredForRefresh: false });
    expect([...app!.scopes]).toEqual(expect.arrayContaining(['api', 'web', 'refresh_token', 'offline_access', 'openid', 'id', 'full']));
    expect(await app!.secretHash).toMatch(/^scrypt\$/);
  });

  it('matches callback URLs exactly, and loopback ones on any port', () => {
    const app = loadConnectedApps([CONNECTED_APPS_DIR]).get('customer-card-local')!;
    expect(isCallbackUrl(app, 'http://localhost:1717/OauthRedirect')).toBe(true);
    expect(isCallbackUrl(app, 'http://127.0.0.1:49152/oauth/callback')).toBe(true);
    expect(isCallbackUrl(app, 'http://127.0.0.1:49152/oauth/callback/../steal')).toBe(false);
    expect(isCallbackUrl(app, 'http://localhost:1717/OauthRedirect/extra')).toBe(false);
    expect(isCallbackUrl(app, 'https://evil.example/oauth/callback')).toBe(false);
    expect(isCallbackUrl(app, 'not a url')).toBe(false);
  });

  it('names the file and the field of a malformed app', () => {
    expect(() => parseConnectedApp('Broken.connectedApp.json', JSON.stringify({ fullName: 'Broken', label: 'Broken', oauthConfig: { consumerKey: 'k', scopes: ['Api'] } })))
      .toThrow(/Broken\.connectedApp\.json: not a connected app[\s\S]*consumerSecret/);
    expect(() => parseConnectedApp('Bad.connectedApp.json', JSON.stringify({ fullName: 'B', label: 'B', oauthConfig: { consumerKey: 'k', consumerSecret: 's', scopes: ['Everything'] } }))).toThrow(/scopes/);
  });
});

describe('Salesforce options', () => {
  it('reads the session timeout, extra connected apps and allowed hosts from the environment', () => {
    expect(salesforceOptions({})).toEqual({ connectedAppDirs: [CONNECTED_APPS_DIR], sessionTimeoutMs: 2 * 60 * 60_000, allowedHosts: [] });
    expect(salesforceOptions({ SALESFORCE_SESSION_TIMEOUT_MINUTES: '15', SALESFORCE_CONNECTED_APPS: '/etc/apps', ALLOWED_HOSTS: 'CRM.example:3000, crm.internal' }))
      .toEqual({ connectedAppDirs: [CONNECTED_APPS_DIR, '/etc/apps'], sessionTimeoutMs: 15 * 60_000, allowedHosts: ['crm.example:3000', 'crm.internal'] });
    expect(() => salesforceOptions({ SALESFORCE_SESSION_TIMEOUT_MINUTES: 'never' })).toThrow(/SALESFORCE_SESSION_TIMEOUT_MINUTES/);
  });
});
