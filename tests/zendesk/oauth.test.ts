import zendesk from 'node-zendesk';
import { describe, expect, it } from 'vitest';
import { ADMIN, api, basic, failure, reply, useZendesk } from './client';

const zd = useZendesk();
const AGENT = 'jordan.rivera@customercard.example';

/** An admin-created OAuth token with the given scopes, and node-zendesk signed in with it. */
async function tokenWith(scopes: string[]) {
  const { result } = await reply<{ id: number; full_token: string; scopes: string[]; token: string }>(zd.client.oauthtokens.create({ token: { client_id: 1, scopes } } as never));
  const client = zendesk.createClient({ token: result.full_token, oauth: true, endpointUri: `${zd.emulator.url}/api/v2`, throwOriginalException: true } as never);
  return { token: result, client };
}

describe('Zendesk OAuth tokens and scopes', () => {
  it('shows the full token once; lists and revokes tokens', async () => {
    const { token } = await tokenWith(['read']);
    expect(token.full_token).toMatch(/^[0-9a-f]{64}$/);
    expect(token.token).toBe(token.full_token.slice(0, 10));
    // Zendesk lists tokens under `tokens`, a key node-zendesk does not unwrap: it answers the pages.
    const pages = (await zd.client.oauthtokens.list()) as { tokens: { id: number; token: string; full_token?: string }[] }[];
    const mine = pages.flatMap((p) => p.tokens).find((t) => t.id === token.id);
    expect(mine?.token).toBe(token.token);
    expect(mine?.full_token).toBeUndefined();
    await zd.client.oauthtokens.revoke(token.id);
    const res = await fetch(`${zd.emulator.url}/api/v2/users/me.json`, { headers: { authorization: `Bearer ${token.full_token}` } });
    expect(res.status).toBe(401);
  });

  it('lets a read-only token read but not write, in Zendesk’s Forbidden shape', async () => {
    const { client } = await tokenWith(['read']);
    const users = (await client.users.list()) as unknown[];
    expect(users.length).toBeGreaterThan(0);
    const error = await failure(client.tickets.create({ ticket: { subject: 'Sneaky', comment: { body: 'Should not land.' } } }));
    expect(error.statusCode).toBe(403);
    expect(error.result).toEqual({ error: 'Forbidden', description: 'You are missing the following required scopes: write' });
    const found = (await zd.client.search.queryAll('type:ticket Sneaky')) as unknown[];
    expect(found).toEqual([]);
  });

  it('limits a resource scope to its resource', async () => {
    const { client } = await tokenWith(['tickets:read', 'tickets:write']);
    const { result: ticket } = await client.tickets.create({ ticket: { subject: 'Scoped', comment: { body: 'Written with tickets:write.' } } });
    expect(ticket.subject).toBe('Scoped');
    const error = await failure(client.users.list());
    expect(error.statusCode).toBe(403);
    expect(error.result).toEqual({ error: 'Forbidden', description: 'You are missing the following required scopes: read' });
  });

  it('refuses unknown scopes, and tokens created by agents', async () => {
    const unknown = await failure(zd.client.oauthtokens.create({ token: { client_id: 1, scopes: ['root'] } } as never));
    expect(unknown.statusCode).toBe(422);
    const asAgent = await api(zd.emulator, '/oauth/tokens.json', {
      method: 'POST', headers: { authorization: basic(`${AGENT}/token`, ADMIN.token) }, body: JSON.stringify({ token: { client_id: 1, scopes: ['read'] } }),
    });
    expect(asAgent.status).toBe(403);
    expect(await asAgent.json()).toMatchObject({ error: 'Forbidden' });
  });
});

describe('Zendesk anonymous and unauthenticated requests', () => {
  it('answers /users/me without credentials with the anonymous user', async () => {
    const res = await fetch(`${zd.emulator.url}/api/v2/users/me.json`);
    expect(res.status).toBe(200);
    expect((await res.json()).user).toMatchObject({ id: null, name: 'Anonymous user', email: 'invalid@example.com', role: 'end-user' });
  });

  it('keeps 401 for other endpoints and for wrong credentials on /users/me', async () => {
    expect((await fetch(`${zd.emulator.url}/api/v2/users.json`)).status).toBe(401);
    const wrong = await fetch(`${zd.emulator.url}/api/v2/users/me.json`, { headers: { authorization: basic(ADMIN.email, 'wrong') } });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: "Couldn't authenticate you" });
  });
});

describe('Zendesk cursor pagination on list endpoints', () => {
  it('answers page[size] with meta and links on every list', async () => {
    const [maria] = (await zd.client.users.search({ query: 'maria.garcia@acme.example' })) as { id: number }[];
    const { result: ticket } = await zd.client.tickets.create({ ticket: { subject: 'Paging', comment: { body: 'One' }, tags: ['paging'] } });
    await zd.client.tickets.update(ticket.id, { ticket: { comment: { body: 'Two' } } });
    const [org] = (await zd.client.organizations.search('ACC-10001' as never)) as { id: number }[];
    await tokenWith(['read']);
    await tokenWith(['read']);
    const lists = [
      '/users.json', '/tickets.json', '/organizations.json', '/organization_memberships.json', `/organizations/${org.id}/users.json`,
      `/tickets/${ticket.id}/comments.json`, `/users/${maria.id}/identities.json`, '/users/search.json?query=role:end-user', '/oauth/tokens.json', '/tags.json',
    ];
    for (const path of lists) {
      const res = await api(zd.emulator, `${path}${path.includes('?') ? '&' : '?'}page[size]=1`);
      const body = await res.json();
      expect({ path, status: res.status, has_more: body.meta?.has_more, next: typeof body.links?.next }).toEqual({ path, status: 200, has_more: true, next: 'string' });
    }
  });
});
