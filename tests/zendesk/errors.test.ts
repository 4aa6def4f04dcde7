import { describe, expect, it } from 'vitest';
import zendesk from 'node-zendesk';
import { ADMIN, api, basic, failure, useZendesk, zendeskClient } from './client';

const zd = useZendesk();

describe('Zendesk authentication and error shapes', () => {
  it('accepts email/token, email:password and a bearer OAuth token', async () => {
    expect((await zendeskClient(zd.emulator, { token: ADMIN.token }).users.me()).result.email).toBe(ADMIN.email);
    expect((await zendeskClient(zd.emulator, { password: ADMIN.password }).users.me()).result.email).toBe(ADMIN.email);
    const { result } = await zendeskClient(zd.emulator).oauthtokens.create({ token: { client_id: 1, scopes: ['read'] } });
    const token = (result as unknown as { full_token: string }).full_token;
    const bearer = zendesk.createClient({ token, oauth: true, endpointUri: `${zd.emulator.url}/api/v2` });
    expect((await bearer.users.me()).result.email).toBe(ADMIN.email);
  });

  it("answers 401 Couldn't authenticate you for a wrong token, password or bearer", async () => {
    const wrong = await failure(zendeskClient(zd.emulator, { token: 'nope' }).users.list());
    expect(wrong.statusCode).toBe(401);
    expect(wrong.result).toEqual({ error: "Couldn't authenticate you" });
    expect((await fetch(`${zd.emulator.url}/api/v2/users.json`, { headers: { authorization: basic(ADMIN.email, 'wrong') } })).status).toBe(401);
    expect((await fetch(`${zd.emulator.url}/api/v2/users.json`, { headers: { authorization: 'Bearer nope' } })).status).toBe(401);
    expect((await fetch(`${zd.emulator.url}/api/v2/users.json`)).status).toBe(401);
  });

  it('answers 404 RecordNotFound for a missing record', async () => {
    const missing = await failure(zendeskClient(zd.emulator).users.show(42));
    expect(missing.statusCode).toBe(404);
    expect(missing.result).toEqual({ error: 'RecordNotFound', description: 'Not found' });
  });

  it('answers 422 RecordInvalid with details for a blank name', async () => {
    const invalid = await failure(zendeskClient(zd.emulator).users.create({ user: { name: '', email: 'x@example.org' } }));
    expect(invalid.statusCode).toBe(422);
    expect(invalid.result).toEqual({
      error: 'RecordInvalid',
      description: 'Record validation errors',
      details: { name: [{ description: 'Name: is too short (minimum is 1 characters)', error: 'TooShort' }] },
    });
  });

  it('answers 400 in the error/description shape for a body that is not JSON', async () => {
    const res = await api(zd.emulator, '/users.json', { method: 'POST', body: '{"user": {"name": ' });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(await res.json()).toEqual({ error: 'InvalidJSON', description: 'The request body is not valid JSON' });
  });

  it('sends rate limit headers on every answer', async () => {
    const res = await api(zd.emulator, '/users/me.json');
    expect(res.headers.get('x-rate-limit')).toBe('700');
    expect(res.headers.get('ratelimit-limit')).toBe('700');
    expect(Number(res.headers.get('x-rate-limit-remaining'))).toBeLessThan(700);
    expect(res.headers.get('ratelimit-remaining')).toBe(res.headers.get('x-rate-limit-remaining'));
    expect(Number(res.headers.get('ratelimit-reset'))).toBeGreaterThan(0);
  });

  it('answers an unknown endpoint with InvalidEndpoint', async () => {
    const res = await api(zd.emulator, '/nothing_here.json');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'InvalidEndpoint', description: 'Not found' });
  });

  it('refuses bad pagination parameters with 400', async () => {
    expect((await api(zd.emulator, '/users.json?page[size]=1000')).status).toBe(400);
    expect((await api(zd.emulator, '/users.json?page[size]=10&page[after]=%%%')).status).toBe(400);
  });
});
