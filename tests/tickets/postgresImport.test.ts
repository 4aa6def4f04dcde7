import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../emulator/server';
import type { SignedInClient } from '../support/cc';
import { startMemoryEmulator } from '../support/emulator';
import { createTestDatabase, postgresAnswers, type TestDatabase } from '../support/postgres';
import { ccClient, runImport } from './imports';

/** What two emulators seeded a few seconds apart agree on: not their times, not their addresses. */
const stable = (t: { id: string; subject: string; status: string; channel: string; requester: { name: string } | null; assignee: { name: string } | null }) => ({
  id: t.id,
  subject: t.subject,
  status: t.status,
  channel: t.channel,
  requester: t.requester?.name,
  assignee: t.assignee?.name,
});
const byId = (x: { id: string }, y: { id: string }) => x.id.localeCompare(y.id);

const postgres = await postgresAnswers();
if (!postgres) console.warn('[imports into PostgreSQL] no PostgreSQL answers at 127.0.0.1:5432: skipped');

/**
 * Issue 22: the demo's Zendesk and Salesforce imports, run twice, once into the archive in
 * memory and once into the PostgreSQL tables: the reports and every search answer the same.
 */
describe.skipIf(!postgres)('ticket imports into the PostgreSQL archive', () => {
  let database: TestDatabase;
  const emulators: RunningEmulator[] = [];
  let memory: SignedInClient;
  let tables: SignedInClient;

  beforeAll(async () => {
    database = await createTestDatabase('cc_pgimport');
    const inMemory = await startMemoryEmulator();
    emulators.push(inMemory);
    const onDatabase = await startEmulator({ port: 0, host: '127.0.0.1', dataFile: ':memory:', databaseUrl: database.url, reset: false });
    emulators.push(onDatabase);
    memory = await ccClient(inMemory);
    tables = await ccClient(onDatabase);
  }, 60_000);
  afterAll(async () => {
    await Promise.all(emulators.map((e) => e.close()));
    await database?.drop();
  });

  it('reports the same imports, and nothing new the second time', async () => {
    for (const source of ['zendesk', 'salesforce'] as const) {
      for (let round = 0; round < 2; round++) {
        const [a, b] = await Promise.all([runImport(memory, source, 7), runImport(tables, source, 7)]);
        expect(b.state).toBe('done');
        expect(b.report.counts, `${source}, round ${round + 1}`).toEqual(a.report.counts);
        expect(b.progress).toEqual(a.progress);
      }
    }
  }, 60_000);

  it('answers every search the same', async () => {
    const { tickets } = await memory.call('searchTickets', { query: { pageSize: '100' } });
    expect(tickets.length).toBeGreaterThan(3);
    const someone = tickets.find((t) => t.requester?.name)!.requester!.name.split(' ')[0].slice(0, 4);
    const word = tickets[0].subject.split(' ').find((w) => w.length > 4)!;
    const queries: Record<string, string>[] = [{}, { sort: 'updated', pageSize: '5', page: '2' }, { status: 'solved' }, { contact: someone }, { q: word }, { q: word, channel: tickets[0].channel }];
    for (const query of queries) {
      const [a, b] = await Promise.all([memory.call('searchTickets', { query }), tables.call('searchTickets', { query })]);
      expect({ query, total: b.total, facets: b.facets }).toEqual({ query, total: a.total, facets: a.facets });
      if (!query.q) expect(b.tickets.map(stable)).toEqual(a.tickets.map(stable));
      else expect(b.tickets.map(stable).sort(byId)).toEqual(a.tickets.map(stable).sort(byId));
    }
    const id = tickets[0].id;
    const [a, b] = await Promise.all([memory.call('getTicket', { params: { id } }), tables.call('getTicket', { params: { id } })]);
    expect({ ...stable(b), transcript: b.transcript.map((c) => [c.author?.name, c.body]), related: (b.related ?? []).map(stable) }).toEqual({
      ...stable(a),
      transcript: a.transcript.map((c) => [c.author?.name, c.body]),
      related: (a.related ?? []).map(stable),
    });
  });
});
