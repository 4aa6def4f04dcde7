import os from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { buildServer, SERVER_DIR } from '../../emulator/build/server.build';
import type { TicketArchive } from '../../emulator/contact-center/tickets/archive';
import { upsertTickets, upsertUsers } from '../../emulator/contact-center/tickets/postgres/archiveRows';
import { PgTicketIndex } from '../../emulator/contact-center/tickets/postgres/pgTicketIndex';
import { parseTicketQueryWith } from '../../emulator/contact-center/tickets/ticketQuery';
import type { TicketFilters } from '../../emulator/contact-center/tickets/ticketSearch';
import { spawnEmulator } from '../support/emulator';
import { createTestDatabase, postgresAnswers } from '../support/postgres';
import { DAY, ticketArchiveData } from './ticketArchiveData';
import { median, percentile, type Benchmark, type Figure } from './figure';

/** Tickets stored; `PG_TICKETS_BENCH=20000 npm run bench -- pgTicket` for a quick check. */
const SIZE = Number(process.env.PG_TICKETS_BENCH || 1_000_000);
/** Rows per insert statement while filling the tables: an import page's order of size. */
const FILL_BATCH = 5_000;
const ROUNDS = 5;

const sizeName = SIZE >= 1_000_000 ? `${SIZE / 1_000_000}M` : `${SIZE / 1000}k`;

/**
 * Issue 22: ticket search with the archive in PostgreSQL (the same tickets, users and query
 * mix as the in-memory search of `tickets.bench.ts`), each query as the route runs it: names
 * looked up, then the page with its total and facets. Then the cold start of the compiled
 * `npm run serve` with that archive stored. The tickets are dated within the last 90 days,
 * so the retention job the service starts in the background finds nothing to purge.
 */
const pgTicketSearch: Benchmark = {
  title: 'Ticket search and cold start with the archive in PostgreSQL',
  async run() {
    if (!(await postgresAnswers())) return [];
    const firstDay = Math.floor(Date.now() / DAY) * DAY - 89 * DAY;
    const data = ticketArchiveData(SIZE, firstDay);
    const database = await createTestDatabase('cc_bench_tickets');
    const pool = new pg.Pool({ connectionString: database.url, max: 4 });
    try {
      const emptyStart = await serveColdStart(database.url);
      const fillMs = await fill(pool, data);
      const archive: TicketArchive = { users: {}, refusedUsers: {}, tickets: {}, runs: {}, cursors: {} };
      const index = new PgTicketIndex(pool, () => archive);
      const timed = async (queries: Record<string, string>[] | TicketFilters[], named: boolean) => {
        const samples: number[] = [];
        for (let round = -1; round < ROUNDS; round++) {
          for (const query of queries) {
            const began = performance.now();
            const filters = named ? await parsed(index, query as Record<string, string>) : (query as TicketFilters);
            await index.search(filters, 0, 20);
            if (round >= 0) samples.push(performance.now() - began);
          }
        }
        return samples;
      };
      const text = await timed(data.textQueries, false);
      const filters = await timed(data.filterQueries, false);
      const names = await timed(data.partialNameQueries, true);
      const every = [...text, ...filters, ...names];
      await pool.end();
      const coldStart = await serveColdStart(database.url);
      const load = `load ${os.loadavg()[0].toFixed(2)}`;
      const row = (name: string, samples: number[], p: number, goal = false): Figure => {
        const value = percentile(samples, p);
        return { name, value, unit: 'ms', ...(goal ? { goal: '<= 50 ms', met: value <= 50 } : {}) };
      };
      return [
        row(`ticket search in PostgreSQL over ${sizeName} tickets, every query with facets (p95; ${load})`, every, 95, true),
        row('ticket search in PostgreSQL, every query (p50)', every, 50),
        row('ticket search in PostgreSQL with text (p95)', text, 95, true),
        row('ticket search in PostgreSQL, filters only (p95)', filters, 95, true),
        row(`ticket search in PostgreSQL, agent or contact by part of a name or email, ${data.contacts / 1000}k users (p95)`, names, 95, true),
        row('ticket search in PostgreSQL by part of a name (p50)', names, 50),
        { name: `npm run serve (compiled) to /health with ${sizeName} tickets in PostgreSQL (median of 3)`, value: coldStart, unit: 'ms', goal: '<= 2000 ms', met: coldStart <= 2000, baseline: { value: emptyStart, what: 'no ticket stored' } },
        { name: `filling the tables with ${sizeName} tickets in batches of ${FILL_BATCH} (once, before the figures)`, value: fillMs, unit: 'ms' },
      ];
    } finally {
      await pool.end().catch(() => undefined);
      await database.drop();
    }
  },
};

/** Users, then tickets as import pages store them (language, tsvector, counts), then statistics. */
async function fill(pool: pg.Pool, data: ReturnType<typeof ticketArchiveData>): Promise<number> {
  const began = performance.now();
  await upsertUsers(pool, data.users());
  for (let from = 0; from < SIZE; from += FILL_BATCH) {
    await upsertTickets(pool, Array.from({ length: Math.min(FILL_BATCH, SIZE - from) }, (_, i) => data.ticket(from + i)));
  }
  await pool.query('VACUUM ANALYZE archived_tickets');
  await pool.query('VACUUM ANALYZE archived_users');
  await pool.query('VACUUM ANALYZE archived_user_ticket_counts');
  await pool.query('VACUUM ANALYZE archived_ticket_day_counts');
  // The fill wrote gigabytes of WAL: without a checkpoint now, the checkpointer writes them out
  // during the timed queries, and the figures measure the import's aftermath, not the search.
  await pool.query('CHECKPOINT');
  return performance.now() - began;
}

const parsed = async (index: PgTicketIndex, query: Record<string, string>) => {
  const result = await parseTicketQueryWith(query, (value, atMost) => index.usersNamed(value, atMost));
  if ('errors' in result) throw new Error(result.errors.join());
  return result.filters;
};

/** The compiled service, as `npm run serve` runs it, until /health answers. */
let built = false;
async function serveColdStart(url: string): Promise<number> {
  if (!built) await buildServer();
  built = true;
  const samples: number[] = [];
  for (let i = 0; i < 3; i++) {
    const serve = await spawnEmulator({ DATABASE_URL: url }, [], { script: join(SERVER_DIR, 'serve.js') });
    samples.push(serve.readyAfterMs);
    await serve.stop();
  }
  return median(samples);
}

export default pgTicketSearch;
