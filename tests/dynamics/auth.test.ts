import { describe, expect, it } from 'vitest';
import { issueToken } from '../../emulator/dynamics/auth/tokens';
import { openDynamicsData } from '../../emulator/dynamics/data/namespace';
import { APP, dataverse, failure, requestToken, useDynamics } from './client';

const { emulator, api } = useDynamics();

describe('§1 token endpoint (Microsoft identity platform, client credentials)', () => {
  it('answers a Bearer token for the seeded app, valid for an hour', async () => {
    const res = await requestToken(emulator().url);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toEqual({ token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: expect.any(String) });
    const claims = JSON.parse(Buffer.from(body.access_token.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({ aud: `${emulator().url}/`, appid: APP.clientId, tid: APP.tenant });
    expect(claims.exp - claims.iat).toBe(3599);
  });

  it('accepts the client credentials as HTTP Basic auth too', async () => {
    const res = await fetch(`${emulator().url}/${APP.tenant}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { Authorization: `Basic ${Buffer.from(`${APP.clientId}:${APP.clientSecret}`).toString('base64')}` },
      body: new URLSearchParams({ grant_type: 'client_credentials', scope: `${emulator().url}/.default` }),
    });
    expect(res.status).toBe(200);
  });

  it.each([
    ['a wrong secret', { client_secret: 'nope' }, 401, 'invalid_client', 7000215],
    ['no secret', { client_secret: '' }, 401, 'invalid_client', 7000218],
    ['an unknown app', { client_id: 'someone-else' }, 400, 'unauthorized_client', 700016],
    ['a scope without /.default', { scope: 'https://example.crm.dynamics.com/user_impersonation' }, 400, 'invalid_scope', 1002012],
    ['another environment', { scope: 'https://contoso.crm.dynamics.com/.default' }, 400, 'invalid_resource', 500011],
    ['the password grant', { grant_type: 'password' }, 400, 'unsupported_grant_type', 70003],
  ])('refuses %s with an AADSTS error', async (_what, form, status, error, code) => {
    const res = await requestToken(emulator().url, form as Record<string, string>);
    expect(res.status).toBe(status);
    const body = await res.json();
    expect(body).toMatchObject({ error, error_codes: [code], trace_id: expect.any(String), correlation_id: expect.any(String) });
    expect(body.error_description).toMatch(new RegExp(`^AADSTS${code}: .*\\r\\nTrace ID: .*\\r\\nCorrelation ID: .*\\r\\nTimestamp: \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}Z$`, 's'));
    expect(body.timestamp).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}Z$/);
  });

  it('knows only its own tenant', async () => {
    const res = await fetch(`${emulator().url}/contoso/oauth2/v2.0/token`, { method: 'POST', body: new URLSearchParams({ grant_type: 'client_credentials' }) });
    expect(res.status).toBe(400);
    expect((await res.json()).error_codes).toEqual([90002]);
  });
});

describe('§1 Web API authentication', () => {
  it('lets DynamicsWebApi in with the token its onTokenRefresh fetched (WhoAmI)', async () => {
    const who = await api().callFunction<{ UserId: string; OrganizationId: string; BusinessUnitId: string }>('WhoAmI');
    expect(who.UserId).toBe(openDynamicsData(emulator().store).data.apps[APP.clientId].applicationUserId);
    expect(who.OrganizationId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers 401 with a Bearer challenge without a token', async () => {
    const res = await fetch(`${emulator().url}/api/data/v9.2/contacts`);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe(`Bearer authorization_uri=${emulator().url}/${APP.tenant}/oauth2/authorize, resource_id=${emulator().url}/`);
    expect((await res.json()).error).toHaveProperty('message');
  });

  it('answers 401 to DynamicsWebApi for a bad token, an expired one, and one for another environment', async () => {
    const key = openDynamicsData(emulator().store).data.signingKey;
    const claims = { iss: 'x', appid: APP.clientId, tid: APP.tenant, oid: 'x' };
    const expired = issueToken(key, { ...claims, aud: `${emulator().url}/` }, Date.now() - 2 * 3600_000);
    const foreign = issueToken(key, { ...claims, aud: 'https://contoso.crm.dynamics.com/' });
    for (const token of ['not-a-token', expired, foreign]) {
      const error = await failure(api().retrieveMultiple({ collection: 'contacts', select: ['fullname'], token }));
      expect(error.status).toBe(401);
      expect(error.headers['www-authenticate']).toMatch(/^Bearer error=invalid_token, error_description="[^"]+", authorization_uri=/);
    }
  });

  it('refuses a token signed by someone else', async () => {
    const forged = issueToken('another-key', { aud: `${emulator().url}/`, iss: 'x', appid: APP.clientId, tid: APP.tenant, oid: 'x' });
    expect((await failure(dataverse(emulator().url).retrieve({ collection: 'contacts', key: '00000000-0000-0000-0000-000000000001', token: forged }))).status).toBe(401);
  });
});
