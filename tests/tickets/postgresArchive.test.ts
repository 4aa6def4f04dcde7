import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../emulator/build/server.build';
import { createCcClient } from '../../shared/contract';
import { signInCc, type SignedInClient } from '../support/cc';
import { spawnEmulator, type EmulatorProcess } from '../support/emulator';
import { createTestDatabase, postgresAnswers, type TestDatabase } from '../support/postgres';

const run = promisify(execFile);
const ADMIN = { ADMIN_USERNAME: 'amelie.durand@example.fr', ADMIN_NAME: 'Amélie Durand', ADMIN_PASSWORD: 'Chaussettes-rouges-42' };
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

const USERS = [
  { id: 'agent-1', name: 'Jonas Becker', email: 'jonas@helpdesk.example', role: 'agent' as const },
  { id: 'maria', name: 'María García', email: 'maria.garcia@acme.example', role: 'contact' as const },
  { id: 'klaus', name: 'Klaus Müller', email: 'klaus@beispiel.example', role: 'contact' as const },
];
const ticket = (n: number, subject: string, body: string, requesterId: string) => ({
  id: `t${n}`,
  subject,
  status: 'solved',
  channel: n % 2 ? 'email' : 'chat',
  requesterId,
  assigneeId: 'agent-1',
  createdAt: daysAgo(10 - n),
  updatedAt: daysAgo(9 - n),
  solvedAt: daysAgo(9 - n),
  comments: [{ id: `c${n}`, authorId: requesterId, body, createdAt: daysAgo(10 - n) }],
});
const TICKETS = [
  ticket(0, 'My router keeps rebooting', 'The router is rebooting every night since the update, please help.', 'maria'),
  ticket(1, 'Invoice charged twice', 'I have been charged twice for this month and the invoice is wrong.', 'maria'),
  ticket(2, 'Rechnung doppelt bezahlt', 'Ich habe die Rechnungen doppelt bezahlt und bitte um eine Erstattung.', 'klaus'),
];

const postgres = await postgresAnswers();
if (!postgres) console.warn('[tickets on PostgreSQL] no PostgreSQL answers at 127.0.0.1:5432: skipped');

/**
 * Issue 22: the compiled service (`npm run build`'s dist/server, run with node) on PostgreSQL
 * keeps the ticket archive in its own tables: pushed tickets are searched there (stems of
 * each ticket's language, partial names), survive a restart, and never enter the store's rows.
 */
describe.skipIf(!postgres)('the ticket archive in PostgreSQL, through the compiled service', () => {
  const outdir = join(process.cwd(), 'dist', `test-${randomBytes(4).toString('hex')}`);
  let database: TestDatabase;
  let env: Record<string, string>;
  let serve: EmulatorProcess | undefined;
  let admin: SignedInClient;

  const start = async () => {
    serve = await spawnEmulator(env, [], { script: join(outdir, 'serve.js') });
    admin = await signInCc(serve.url, ADMIN.ADMIN_USERNAME, ADMIN.ADMIN_PASSWORD);
  };

  beforeAll(async () => {
    await buildServer(outdir);
    database = await createTestDatabase('cc_pgtickets');
    env = { DATABASE_URL: database.url };
    await run(process.execPath, [join(outdir, 'db-migrate.js')], { env: { ...process.env, ...env } });
    await run(process.execPath, [join(outdir, 'admin-create.js')], { env: { ...process.env, ...env, ...ADMIN } });
    await start();
    const { apiKey } = await admin.call('createPushSource', { body: { name: 'helpdesk' } });
    const pusher = createCcClient({ baseUrl: serve!.url, headers: { 'x-api-key': apiKey } });
    await pusher.call('pushImport', { body: { users: USERS } });
    const { report } = await pusher.call('pushImport', { body: { tickets: TICKETS } });
    expect(report.counts.importedTickets).toBe(3);
  }, 60_000);
  afterAll(async () => {
    await serve?.stop('SIGKILL');
    await database?.drop();
    await rm(outdir, { recursive: true, force: true });
  });

  const search = async (query: Record<string, string>) => {
    const found = await admin.call('searchTickets', { query });
    return { ids: found.tickets.map((t) => t.id), total: found.total, facets: found.facets, tickets: found.tickets };
  };

  it('finds tickets by the stems of their own language, with facets and the people on them', async () => {
    expect((await search({ q: 'reboot' })).ids).toEqual(['push-helpdesk:t0']);
    expect((await search({ q: 'rechnung' })).ids).toEqual(['push-helpdesk:t2']);
    expect((await search({ q: 'charged invoices' })).ids).toEqual(['push-helpdesk:t1']);
    const all = await search({ contact: 'garcia' });
    expect(all).toMatchObject({ ids: ['push-helpdesk:t1', 'push-helpdesk:t0'], total: 2, facets: { status: { solved: 2 }, channel: { email: 1, chat: 1 } } });
    expect(all.tickets[0]).toMatchObject({ requester: { name: 'María García' }, assignee: { name: 'Jonas Becker' } });
    expect((await admin.call('suggestTicketPeople', { query: { role: 'contact', q: 'mül' } })).people).toEqual([{ name: 'Klaus Müller', email: 'klaus@beispiel.example' }]);
    const detail = await admin.call('getTicket', { params: { id: 'push-helpdesk:t0' } });
    expect(detail).toMatchObject({ transcript: [{ author: { name: 'María García' } }], related: [{ id: 'push-helpdesk:t1' }] });
  });

  it('keeps them in the archive tables only, across a restart', async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const counted = await client.query<{ tickets: string; users: string; inStore: string }>(
        `SELECT (SELECT count(*) FROM archived_tickets) AS tickets, (SELECT count(*) FROM archived_users) AS users,
                (SELECT count(*) FROM store_entries WHERE value::text LIKE '%rebooting%' OR value::text LIKE '%maria.garcia%') AS "inStore"`,
      );
      expect(counted.rows[0]).toEqual({ tickets: '3', users: '3', inStore: '0' });
    } finally {
      await client.end();
    }
    await serve!.stop();
    await start();
    expect((await search({ q: 'router', agent: 'jonas' })).ids).toEqual(['push-helpdesk:t0']);
  });
});
