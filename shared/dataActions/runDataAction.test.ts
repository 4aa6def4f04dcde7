import { describe, expect, it } from 'vitest';
import { jsonResponse, scriptedFetch } from '../adapters/fakeFetch';
import { dataActionSchema } from './actionSchema';
import { renderRequest, runDataAction } from './runDataAction';

const json = (body: unknown, status = 200) => jsonResponse(status, body);

const loyalty = dataActionSchema.parse({
  id: 'loyalty',
  name: 'Loyalty service',
  input: { type: 'object', properties: { phone: { type: 'string', minLength: 5 } }, required: ['phone'] },
  output: { type: 'object', properties: { name: { type: 'string' }, tier: { type: 'string' } }, required: ['name', 'tier'] },
  request: { url: 'https://loyalty.example/members?phone=${input.phone}', headers: { authorization: 'Bearer ${secret.LOYALTY_KEY}' } },
  mapping: 'members[0].{ "name": fullName, "tier": level }',
  timeoutMs: 200,
});
const secrets = { LOYALTY_KEY: 's3cr3t' };

describe('§7.8 generic data actions as data', () => {
  it('sends the rendered request, maps the answer and checks it against the output contract', async () => {
    const fetch = scriptedFetch([json({ members: [{ fullName: 'Maria García', level: 'gold' }] })]);
    const result = await runDataAction(loyalty, { phone: '+1 415&x=1' }, { secrets, fetch: fetch.fetch });
    expect(result).toMatchObject({ outcome: 'found', output: { name: 'Maria García', tier: 'gold' }, status: 200 });
    // Input is URI-encoded, so it can never add a parameter; the secret reaches the service only.
    expect(fetch.calls[0].url).toBe('https://loyalty.example/members?phone=%2B1%20415%26x%3D1');
    expect(fetch.calls[0].headers.authorization).toBe('Bearer s3cr3t');
    expect(result.request.headers.authorization).toBe('Bearer ********');
  });

  it('reads an empty mapping or a 404 as "not found", not as an error', async () => {
    const empty = scriptedFetch([json({ members: [] })]);
    expect((await runDataAction(loyalty, { phone: '+14155550000' }, { secrets, fetch: empty.fetch })).outcome).toBe('not-found');
    const missing = scriptedFetch([json({ message: 'no member' }, 404)]);
    expect((await runDataAction(loyalty, { phone: '+14155550000' }, { secrets, fetch: missing.fetch })).outcome).toBe('not-found');
  });

  it('never throws: a timeout, a 500, HTML, a broken mapping and an answer outside the contract are each a named error', async () => {
    const slow = scriptedFetch(() => (call) => new Promise<Response>((_resolve, reject) => call.signal?.addEventListener('abort', () => reject(call.signal?.reason))));
    expect(await runDataAction(loyalty, { phone: '+14155550000' }, { secrets, fetch: slow.fetch })).toMatchObject({ outcome: 'error', reason: 'timeout' });
    const cases: [Response, string][] = [
      [json({ error: 'boom' }, 500), 'http'],
      [new Response('<html>maintenance</html>', { status: 200 }), 'bad-response'],
      [json({ members: [{ fullName: 'Maria García' }] }), 'contract'],
    ];
    for (const [reply, reason] of cases) {
      const fetch = scriptedFetch([reply]);
      expect(await runDataAction(loyalty, { phone: '+14155550000' }, { secrets, fetch: fetch.fetch })).toMatchObject({ outcome: 'error', reason });
    }
    const brokenMapping = { ...loyalty, mapping: 'members[0].{' };
    expect(await runDataAction(brokenMapping, { phone: '+14155550000' }, { secrets, fetch: scriptedFetch([json({ members: [] })]).fetch })).toMatchObject({ outcome: 'error', reason: 'mapping' });
  });

  it('refuses input that breaks the input contract without sending anything', async () => {
    const fetch = scriptedFetch([]);
    expect(await runDataAction(loyalty, { phone: '1' }, { secrets, fetch: fetch.fetch })).toMatchObject({ outcome: 'error', reason: 'bad-input' });
    expect(fetch.calls).toHaveLength(0);
  });

  it('sends a GraphQL operation with its variables, and reports GraphQL errors', async () => {
    const subscription = dataActionSchema.parse({
      id: 'subscription',
      name: 'Subscriptions (GraphQL)',
      input: { type: 'object', properties: { phone: { type: 'string' } }, required: ['phone'] },
      output: { type: 'object', properties: { plan: { type: 'string' } }, required: ['plan'] },
      request: { url: 'https://subs.example/graphql', graphql: { query: 'query($phone: String!) { subscriber(phone: $phone) { plan } }', variables: { phone: '${input.phone}' } } },
      mapping: 'data.subscriber.{ "plan": plan }',
    });
    const fetch = scriptedFetch([json({ data: { subscriber: { plan: 'fibre-1000' } } }), json({ errors: [{ message: 'rate limited' }] })]);
    expect(await runDataAction(subscription, { phone: '+14155551000' }, { secrets: {}, fetch: fetch.fetch })).toMatchObject({ outcome: 'found', output: { plan: 'fibre-1000' } });
    expect(JSON.parse(fetch.calls[0].body!)).toEqual({ query: 'query($phone: String!) { subscriber(phone: $phone) { plan } }', variables: { phone: '+14155551000' } });
    expect(await runDataAction(subscription, { phone: '+14155551000' }, { secrets: {}, fetch: fetch.fetch })).toMatchObject({ outcome: 'error', reason: 'graphql', detail: 'rate limited' });
  });

  it('names a secret the connection does not have', () => {
    expect(() => renderRequest(loyalty, { input: { phone: 'x' }, secrets: {} })).toThrow('unknown secret LOYALTY_KEY');
  });
});
