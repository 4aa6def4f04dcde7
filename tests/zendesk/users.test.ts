import { describe, expect, it } from 'vitest';
import { ADMIN, api, basic, failure, reply, SEEDED_USERS, useZendesk } from './client';

const zd = useZendesk();

describe('Zendesk users through node-zendesk', () => {
  it('lists the seeded account with cursor pagination across pages', async () => {
    const users = (await zd.client.users.list()) as { email: string | null; role: string; active: boolean; name: string }[];
    expect(users.length).toBe(SEEDED_USERS);
    expect(users.filter((u) => u.role !== 'end-user').map((u) => u.email)).toContain('admin@customercard.example');
    expect(users.some((u) => u.email === null && u.name === 'Walk-in Caller')).toBe(true);
    expect(users.find((u) => u.name === 'Old Account')?.active).toBe(false);
  });

  it('creates, shows and updates a user with ISO timestamps and an integer id', async () => {
    const { result: created } = await zd.client.users.create({ user: { name: 'Léa Martin', email: 'lea.martin@example.org', phone: '+33 1 23 45 67 89' } });
    expect(created).toMatchObject({ name: 'Léa Martin', role: 'end-user', active: true, suspended: false });
    expect(Number.isInteger(created.id)).toBe(true);
    expect(created.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(created.url).toBe(`${zd.emulator.url}/api/v2/users/${created.id}.json`);

    const { result: shown } = await zd.client.users.show(created.id);
    expect(shown.email).toBe('lea.martin@example.org');

    const { result: updated } = await zd.client.users.update(created.id, { user: { phone: '+33 9 87 65 43 21', user_fields: { plan: 'fibre' } } });
    expect(updated).toMatchObject({ phone: '+33 9 87 65 43 21', user_fields: { plan: 'fibre' } });
  });

  it('creates or updates by email, answering 201 then 200', async () => {
    const first = await reply<{ id: number }>(zd.client.users.createOrUpdate({ user: { name: 'Ana Souza', email: 'ana.souza@example.org' } }));
    expect(first.response.status).toBe(201);
    const second = await reply<{ id: number; name: string }>(zd.client.users.createOrUpdate({ user: { name: 'Ana Souza Lima', email: 'ANA.SOUZA@example.org' } }));
    expect(second.response.status).toBe(200);
    expect(second.result.id).toBe(first.result.id);
    expect(second.result.name).toBe('Ana Souza Lima');
  });

  it('lists email and phone identities', async () => {
    const [maria] = (await zd.client.users.search({ query: 'maria.garcia@acme.example' })) as { id: number }[];
    const identities = (await zd.client.useridentities.list(maria.id)) as { type: string; value: string; primary: boolean }[];
    expect(identities.map((i) => [i.type, i.value, i.primary])).toEqual([
      ['email', 'maria.garcia@acme.example', true],
      ['phone_number', '(415) 555-1000', true],
    ]);
  });

  it('searches by name, by phone in another format, and by email', async () => {
    const byName = (await zd.client.users.search({ query: 'jose munoz' })) as { name: string }[];
    expect(byName.map((u) => u.name)).toEqual(['José Muñoz']);
    const byPhone = (await zd.client.users.search({ query: '+14155551000' })) as { name: string }[];
    expect(byPhone.map((u) => u.name)).toEqual(['Maria García']);
    const byEmailField = (await zd.client.users.search({ query: 'email:bob.smith@mail.example' })) as { name: string }[];
    expect(byEmailField.map((u) => u.name)).toEqual(['bob@mail.example']);
  });

  it('shows many users by id and soft-deletes', async () => {
    const all = (await zd.client.users.list()) as { id: number }[];
    const { result } = await zd.client.users.showMany([all[0].id, all[1].id]);
    expect((result as unknown[]).length).toBe(2);
    const { result: created } = await zd.client.users.create({ user: { name: 'Temp User', email: 'temp@example.org' } });
    const { result: deleted } = await reply<{ active: boolean }>(zd.client.users.delete(created.id));
    expect(deleted.active).toBe(false);
  });

  it('offers offset pagination with next_page when no page[size] is sent', async () => {
    const res = await api(zd.emulator, '/users.json?per_page=10&page=2');
    const body = await res.json();
    expect(body.users).toHaveLength(10);
    expect(body.count).toBeGreaterThanOrEqual(SEEDED_USERS);
    expect(body.next_page).toContain('page=3');
    expect(body.previous_page).toContain('page=1');
  });

  it('offers cursor pagination with meta and links', async () => {
    const first = await (await api(zd.emulator, '/users.json?page[size]=20')).json();
    expect(first.meta.has_more).toBe(true);
    expect(first.links.next).toContain('page%5Bafter%5D=');
    const second = await (await fetch(first.links.next, { headers: { authorization: basic(`${ADMIN.email}/token`, ADMIN.token) } })).json();
    expect(second.users[0].id).toBeGreaterThan(first.users.at(-1).id);
  });

  it('refuses a duplicate email with 422 RecordInvalid DuplicateValue', async () => {
    const error = await failure(zd.client.users.create({ user: { name: 'Copy', email: 'maria.garcia@acme.example' } }));
    expect(error.statusCode).toBe(422);
    expect(error.result).toEqual({
      error: 'RecordInvalid',
      description: 'Record validation errors',
      details: { email: [{ description: 'Email: maria.garcia@acme.example is already being used by another user', error: 'DuplicateValue' }] },
    });
  });
});
