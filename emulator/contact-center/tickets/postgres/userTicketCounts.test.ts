import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../store/postgres/migrate';
import { MIGRATIONS } from '../../../store/postgres/migrations';
import { createTestDatabase, postgresAnswers, type TestDatabase } from '../../../../tests/support/postgres';
import type { ArchivedTicket } from '../archive';
import { upsertTickets } from './archiveRows';

const BEFORE_IN_PLACE = MIGRATIONS.findIndex((m) => m.name === '007_user_ticket_counts_in_place');
const USERS = 50;

/** Ticket `i`; import pages bring new tickets of the same users, as an archive fills. */
const ticket = (i: number): ArchivedTicket => ({
  key: `zendesk:${i}`,
  crm: 'zendesk',
  id: String(i),
  subject: 'Router keeps rebooting',
  description: 'Since the update.',
  status: i % 2 ? 'solved' : 'closed',
  channel: i % 3 ? 'email' : 'voice',
  priority: null,
  requesterKey: `zendesk:r${i % USERS}`,
  assigneeKey: `zendesk:a${i % 4}`,
  createdAt: '2025-05-01T10:00:00.000Z',
  updatedAt: '2025-05-02T10:00:00.000Z',
  solvedAt: '2025-05-02T10:00:00.000Z',
  crmUrl: '',
  comments: [],
  recordings: [],
});
const page = (n: number) => Array.from({ length: 200 }, (_, i) => ticket(n * 200 + i));

/** The kept counts as rows, and the same counted from the tickets themselves. */
const kept = (pool: pg.Pool) =>
  pool.query("SELECT user_key, side, status, channel, tickets::int FROM archived_user_ticket_counts ORDER BY 1, 2, 3, 4").then((r) => r.rows);
const counted = (pool: pg.Pool) =>
  pool
    .query(
      `SELECT user_key, side, status, channel, count(*)::int AS tickets FROM (
         SELECT requester_key AS user_key, 'requester' AS side, status, channel FROM archived_tickets
         UNION ALL SELECT assignee_key, 'assignee', status, channel FROM archived_tickets) AS each_side
       GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    )
    .then((r) => r.rows);
const pages = async (pool: pg.Pool, relation: string) => Number((await pool.query('SELECT pg_relation_size($1::regclass) / 8192 AS pages', [relation])).rows[0].pages);

const postgres = await postgresAnswers();

describe.skipIf(!postgres)('per-user ticket counts on PostgreSQL (migration 007)', () => {
  let database: TestDatabase | undefined;
  let pool: pg.Pool | undefined;
  beforeAll(async () => {
    database = await createTestDatabase('cc_user_counts', MIGRATIONS.slice(0, BEFORE_IN_PLACE));
    pool = new pg.Pool({ connectionString: database.url, max: 1 });
  });
  afterAll(async () => {
    await pool?.end();
    await database?.drop();
  });

  it('counts again the tickets stored before it, to the same figures', async () => {
    await upsertTickets(pool!, page(0));
    const before = await kept(pool!);
    expect(before.length).toBeGreaterThan(USERS);
    expect(await migrate(pool!)).toContain('007_user_ticket_counts_in_place');
    expect(await kept(pool!)).toEqual(before);
    expect(await kept(pool!)).toEqual(await counted(pool!));
  });

  it('keeps each user in one row rewritten in place, however many import pages add to it', async () => {
    const start = await pages(pool!, 'archived_user_ticket_counts');
    for (let n = 1; n <= 40; n++) await upsertTickets(pool!, page(n));
    expect(await kept(pool!)).toEqual(await counted(pool!));
    // 40 rewrites of each row: kept apart (an index holding the count makes every rewrite a new
    // row and index entry), they would fill 40 times the pages. Rewritten in place (HOT), almost
    // all stay on their page. How many dead rows are pruned in time depends on what else the
    // server runs (a busy server holds back the horizon), so the bounds leave room for that.
    await pool!.query('SELECT pg_stat_force_next_flush()');
    const updates = (await pool!.query("SELECT n_tup_upd::int AS all, n_tup_hot_upd::int AS hot FROM pg_stat_user_tables WHERE relname = 'archived_user_ticket_counts'")).rows[0];
    expect(updates.hot / updates.all).toBeGreaterThan(0.75);
    expect(await pages(pool!, 'archived_user_ticket_counts')).toBeLessThanOrEqual(start + 30);
    expect(await pages(pool!, 'archived_user_ticket_counts_pkey')).toBeLessThanOrEqual(8);
  });
});
