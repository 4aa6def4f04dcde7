import { describe, expect, it } from 'vitest';
import { api, failure, reply, useZendesk } from './client';

const zd = useZendesk();

interface Organization {
  id: number;
  name: string;
  external_id: string | null;
  notes: string;
  tags: string[];
}

interface Membership {
  id: number;
  user_id: number;
  organization_id: number;
  default: boolean;
  organization_name: string;
}

describe('Zendesk organizations through node-zendesk', () => {
  it('updates an organization and refuses a name another one has', async () => {
    const { result: created } = await reply<Organization>(zd.client.organizations.create({ organization: { name: 'Brasserie Müller', external_id: 'ACC-7001' } }));
    const { result: updated } = await reply<Organization>(zd.client.organizations.update(created.id, { organization: { notes: 'Pays by SEPA', tags: ['horeca'] } }));
    expect(updated).toMatchObject({ id: created.id, name: 'Brasserie Müller', notes: 'Pays by SEPA', tags: ['horeca'] });
    const error = await failure(zd.client.organizations.update(created.id, { organization: { name: 'acme logistics' } }));
    expect(error.statusCode).toBe(422);
    expect(error.result).toMatchObject({ error: 'RecordInvalid', details: { name: [{ error: 'DuplicateValue' }] } });
  });

  it('finds organizations by external id, by name, by autocomplete and by ids', async () => {
    const { result: created } = await reply<Organization>(zd.client.organizations.create({ organization: { name: 'Acme Rockets', external_id: 'ACC-7002' } }));
    const byExternalId = (await zd.client.organizations.search('ACC-7002' as never)) as Organization[];
    expect(byExternalId.map((o) => o.id)).toEqual([created.id]);
    const byName = await (await api(zd.emulator, '/organizations/search.json?name=ACME%20ROCKETS')).json();
    expect(byName.organizations.map((o: Organization) => o.id)).toEqual([created.id]);
    const suggested = (await zd.client.organizations.autocomplete({ name: 'acm' })) as Organization[];
    expect(suggested.map((o) => o.name).sort()).toEqual(['Acme Logistics', 'Acme Rockets']);
    const many = (await zd.client.organizations.showMany([created.id] as never)) as Organization[];
    expect(many.map((o) => o.name)).toEqual(['Acme Rockets']);
    const short = await api(zd.emulator, '/organizations/autocomplete.json?name=a');
    expect(short.status).toBe(400);
  });

  it('lists an organization’s users and tickets, and a user’s organizations', async () => {
    const [acme] = (await zd.client.organizations.search('ACC-10001' as never)) as Organization[];
    const users = (await zd.client.users.listByOrganization(acme.id)) as { name: string; organization_id: number }[];
    expect(users.length).toBeGreaterThan(0);
    expect(users.every((u) => u.organization_id === acme.id)).toBe(true);
    const tickets = (await zd.client.tickets.listByOrganization(acme.id)) as { organization_id: number }[];
    expect(tickets.every((t) => t.organization_id === acme.id)).toBe(true);
    const theirs = (await zd.client.organizations.listByUser((users[0] as unknown as { id: number }).id)) as Organization[];
    expect(theirs.map((o) => o.id)).toEqual([acme.id]);
  });

  it('adds a second membership, makes it the default and removes it again', async () => {
    const { result: org } = await reply<Organization>(zd.client.organizations.create({ organization: { name: 'Café Lumière' } }));
    const { result: user } = await zd.client.users.create({ user: { name: 'Élodie Bernard', email: 'elodie.bernard@example.org', organization_id: org.id } });
    const { result: other } = await reply<Organization>(zd.client.organizations.create({ organization: { name: 'Boulangerie Bernard' } }));
    const { result: second } = await reply<Membership>(zd.client.organizationmemberships.create({ user_id: user.id, organization_id: other.id } as never));
    expect(second).toMatchObject({ user_id: user.id, organization_id: other.id, default: false, organization_name: 'Boulangerie Bernard' });
    const listed = (await zd.client.organizationmemberships.listByUser(user.id)) as Membership[];
    expect(listed.map((m) => [m.organization_id, m.default])).toEqual([[org.id, true], [other.id, false]]);

    await zd.client.organizationmemberships.makeDefault(user.id, second.id);
    expect((await zd.client.users.show(user.id)).result.organization_id).toBe(other.id);

    await zd.client.organizationmemberships.delete(second.id);
    expect((await zd.client.users.show(user.id)).result.organization_id).toBe(org.id);
    const members = (await zd.client.organizationmemberships.listByOrganization(other.id)) as Membership[];
    expect(members).toEqual([]);
  });

  it('deletes an organization with 204, and its members belong to none', async () => {
    const { result: org } = await reply<Organization>(zd.client.organizations.create({ organization: { name: 'Short-lived GmbH' } }));
    const { result: user } = await zd.client.users.create({ user: { name: 'Jonas Keller', organization_id: org.id } });
    const res = await api(zd.emulator, `/organizations/${org.id}.json`, { method: 'DELETE' });
    expect(res.status).toBe(204);
    expect((await failure(zd.client.organizations.show(org.id))).statusCode).toBe(404);
    expect((await zd.client.users.show(user.id)).result.organization_id).toBeNull();
  });

  it('pages organizations with a cursor', async () => {
    const first = await (await api(zd.emulator, '/organizations.json?page[size]=2')).json();
    expect(first.organizations).toHaveLength(2);
    expect(first.meta.has_more).toBe(true);
    const second = await (await api(zd.emulator, `/organizations.json?page[size]=2&page[after]=${first.meta.after_cursor}`)).json();
    expect(second.organizations[0].id).toBeGreaterThan(first.organizations[1].id);
    const { count } = await (await api(zd.emulator, '/organizations/count.json')).json();
    expect(count.value).toBe((await zd.client.organizations.list() as unknown[]).length);
  });
});
