import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContactCenterService } from '../../emulator/contact-center';
import type { RunningEmulator } from '../../emulator/server';
import { openStore } from '../../emulator/store/store';
import { CC_ROUTES, createCcClient, expressPath, type RouteDef } from '../../shared/contract';
import { CC_ADMIN, signInCc, type SignedInClient } from '../support/cc';
import { startMemoryEmulator } from '../support/emulator';
import { mountedRoutes } from '../support/expressRoutes';

/** A request that breaks each route's schema: a bad path parameter, query value or body. */
const BROKEN: Record<string, { params?: Record<string, string>; query?: Record<string, string>; body?: unknown; path: string }> = {
  signIn: { body: { username: '' }, path: 'username' },
  setAgentState: { params: { id: 'agent' }, body: { state: 'asleep' }, path: 'state' },
  getAgent: { params: { id: 'x'.repeat(65) }, path: 'id' },
  agentEvents: { params: { id: 'x'.repeat(65) }, path: 'id' },
  placeCall: { body: { ani: 42 }, path: 'ani' },
  giveIdentifier: { params: { id: 'int-000001' }, body: { kind: 'passport', value: 'X' }, path: 'kind' },
  startDigitalInteraction: { body: { channel: 'voice', from: 'a@b.example', text: 'hi' }, path: 'channel' },
  postMessage: { params: { id: 'int-000001' }, body: { from: 'a@b.example' }, path: 'text' },
  listInteractions: { query: { state: 'sleeping' }, path: 'state' },
  getInteraction: { params: { id: 'int-000001' }, query: { include: 'everything' }, path: 'include' },
  markVisited: { params: { id: 'int-000001' }, body: { crm: 'hubspot', object: 'Contact', id: '1' }, path: 'crm' },
  transferInteraction: { params: { id: 'int-000001' }, body: {}, path: '' },
  createLink: { params: { id: 'int-000001' }, body: { crm: 'salesforce', object: '', id: '1' }, path: 'object' },
  searchCards: { query: { q: 'x'.repeat(201) }, path: 'q' },
  mergeCards: { params: { id: 'card-000001' }, body: { cardIds: [] }, path: 'cardIds' },
  putConfig: { body: { routing: { defaultQueue: 42 } }, path: 'routing.defaultQueue' },
  startImport: { body: { source: 'freshdesk' }, path: 'source' },
  getConfigVersion: { params: { version: '0' }, path: 'version' },
  rollbackConfig: { params: { version: 'latest' }, path: 'version' },
  putConfigDraft: { body: { routing: { rules: [{ when: [], queue: 'general' }] } }, path: 'routing.rules[0].when' },
  testLookup: { body: { value: ' ' }, path: 'value' },
  testConnection: { body: { crm: 'sugarcrm' }, path: 'crm' },
  searchTickets: { query: { page: '0' }, path: 'page' },
  createPushSource: { body: { name: 'Not A Slug' }, path: 'name' },
  pushImport: { body: { tickets: [{ id: 't1' }] }, path: 'tickets[0].status' },
  suggestTicketPeople: { query: { role: 'boss', q: 'm' }, path: 'role' },
  putTicketPreferences: { body: { visibleFilters: ['shoe size'] }, path: 'visibleFilters[0]' },
  getTicket: { params: { id: 'x'.repeat(201) }, path: 'id' },
  setAgentFocus: { params: { id: 'agent' }, body: { interactionId: 42 }, path: 'interactionId' },
  completeAfterCallWork: { params: { id: 'int-000001' }, body: { disposition: 42 }, path: 'disposition' },
  putRoutingSetup: { body: { queues: [{ key: 'Sales Team', name: 'Sales' }], skills: [] }, path: 'queues[0].key' },
  pickCandidate: { params: { id: 'int-000001' }, body: { crm: 'hubspot', object: 'Contact', id: '1' }, path: 'crm' },
};

/** Any path parameter, long enough to break `id` schemas of at most 64 characters. */
const anyParams = (route: RouteDef, value: string) => Object.fromEntries([...route.path.matchAll(/\{(\w+)\}/g)].map((m) => [m[1], value]));

describe('one contract for /cc/v1 (ARCHITECTURE rule 10)', () => {
  let emulator: RunningEmulator;
  let admin: SignedInClient;
  beforeAll(async () => {
    emulator = await startMemoryEmulator();
    admin = await signInCc(emulator.url, CC_ADMIN.username, CC_ADMIN.password);
  });
  afterAll(() => emulator.close());

  it('serves an OpenAPI 3.1 document that a validator accepts', async () => {
    const doc = await (await fetch(`${emulator.url}/cc/v1/openapi.json`)).json();
    expect(doc.openapi).toBe('3.1.0');
    await expect(SwaggerParser.validate(doc)).resolves.toBeTruthy();
  });

  it('documents every mounted route, and mounts every documented one', async () => {
    const service = createContactCenterService({ store: await openStore(':memory:'), selfUrl: () => '' });
    const mounted = mountedRoutes(service.router).filter((r) => r.path !== '/openapi.json').map((r) => `${r.method} ${r.path}`);
    const documented = CC_ROUTES.map((r) => `${r.method} ${expressPath(r.path)}`);
    expect(new Set(mounted)).toEqual(new Set(documented));
    expect(mounted).toHaveLength(documented.length);
  });

  it('answers every documented route (never the catch-all 404)', async () => {
    // Signing out would end the admin's session for the tests below (tests/security/ccSessions covers it).
    for (const route of CC_ROUTES.filter((r) => r.operationId !== 'signOut')) {
      const controller = new AbortController();
      const url = `${emulator.url}/cc/v1${route.path.replace(/\{\w+\}/g, 'probe')}`;
      const response = await fetch(url, { method: route.method.toUpperCase(), headers: { authorization: `Bearer ${admin.token}` }, signal: controller.signal });
      const text = route.stream ? '' : await response.text();
      controller.abort();
      expect(text, `${route.method} ${route.path}`).not.toContain('No route for');
    }
  });

  it('refuses input that breaks a route’s schema with 400 and the path of each error, on every route that takes input', async () => {
    const withInput = CC_ROUTES.filter((r) => r.params || r.query || r.body);
    // A push source signs with its API key, not a session.
    const { apiKey } = await admin.call('createPushSource', { body: { name: 'contract-probe' } });
    const pusher = createCcClient({ baseUrl: emulator.url, headers: { 'x-api-key': apiKey } });
    for (const route of withInput) {
      const client = route.access === 'source-key' ? pusher : admin;
      const broken = BROKEN[route.operationId] ?? { params: anyParams(route, 'x'.repeat(65)), path: Object.keys(anyParams(route, ''))[0] ?? '' };
      const reply = await client.send(route.operationId as never, { params: broken.params ?? anyParams(route, 'probe'), query: broken.query, body: broken.body });
      expect(reply.status, `${route.operationId} ${JSON.stringify(reply.body)}`).toBe(400);
      expect((reply.body as { errors?: { path: string }[] }).errors?.map((e) => e.path), route.operationId).toContain(broken.path);
    }
  });
});
