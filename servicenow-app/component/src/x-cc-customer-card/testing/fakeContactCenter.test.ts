import { describe, expect, it } from 'vitest';
import { CcApiError, createCcClient } from '../../../../../shared/contract/client';
import { contractValidator } from '../../../../../shared/contract/contractValidator';
import { CARDS, fakeContactCenter, interaction, RAFAEL } from './fakeContactCenter';

/** The shared client over the fake, checking every answer against the contract as the tests of the service do. */
function client() {
  const fake = fakeContactCenter();
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) =>
    fake.handle(new URL(String(input)), init.method ?? 'GET', init.body ? JSON.parse(String(init.body)) : undefined) ?? new Response(null, { status: 502 });
  return { fake, cc: createCcClient({ baseUrl: 'https://cc.example.com', fetch, validator: contractValidator }) };
}

const id = interaction.id;
const rafael = { crm: 'servicenow' as const, object: 'csm_consumer', id: RAFAEL.sys_id };

describe('the component tests\' contact center keeps to the /cc/v1 contract', () => {
  it('answers every operation the card calls as the contract says', async () => {
    const { cc } = client();
    expect((await cc.call('getInteraction', { params: { id } })).interaction.ivr?.matches[0].name).toBe('Ana Souza');
    expect((await cc.call('getConfig')).config.phone.defaultRegion).toBe('US');
    const { link } = await cc.call('createLink', { params: { id }, body: rafael });
    expect((await cc.call('deleteLink', { params: { id, linkId: link.id } })).link.state).toBe('unlinked');
    expect((await cc.call('listLinks', { params: { id } })).links).toHaveLength(1);
    expect((await cc.call('markVisited', { params: { id }, body: rafael })).visited.at(-1)).toMatchObject(rafael);
    expect((await cc.call('getCard', { params: { id: CARDS.ana.id } })).card.name).toBe('Ana Souza');
    expect((await cc.call('findDuplicates', { params: { id: CARDS.ana.id } })).duplicates[0].reasons).toEqual(['similar-name']);
    expect((await cc.call('searchCards', { query: { q: 'jordi' } })).cards.map((c) => c.id)).toEqual([CARDS.jordi.id]);
    expect((await cc.call('mergeCards', { params: { id: CARDS.ana.id }, body: { cardIds: [CARDS.jordi.id] } })).merged).toEqual([CARDS.jordi.id]);
  });

  it('refuses a body that breaks the contract with the service\'s 400 and the path of the error', async () => {
    const { cc } = client();
    const reply = await cc.send('createLink', { params: { id }, body: { crm: 'servicenow', object: 'csm_consumer' } });
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual([expect.objectContaining({ path: 'id', in: 'body' })]);
  });

  it('throws when a test puts data outside the contract into it, instead of letting the fake drift', async () => {
    const { cc, fake } = client();
    fake.links.push({ id: 'lnk-9', interactionId: id, record: rafael, state: 'linked' } as (typeof fake.links)[number]);
    await expect(cc.call('listLinks', { params: { id } })).rejects.toThrow(/listLinks 200 outside the contract/);
  });

  it('answers 404 for what it does not hold', async () => {
    const { cc } = client();
    await expect(cc.call('getCard', { params: { id: 'card-999999' } })).rejects.toBeInstanceOf(CcApiError);
  });
});
