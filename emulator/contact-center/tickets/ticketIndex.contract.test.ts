import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { createTestDatabase, postgresAnswers, type TestDatabase } from '../../../tests/support/postgres';
import type { TicketArchive } from './archive';
import { MemoryTicketIndex } from './memoryTicketIndex';
import { PgTicketIndex } from './postgres/pgTicketIndex';
import { ticketIndexContract } from './ticketIndex.contract';

const emptyArchive = (): TicketArchive => ({ users: {}, refusedUsers: {}, tickets: {}, runs: {}, cursors: {} });

describe('ticket index in memory', () => {
  ticketIndexContract(async () => {
    const archive = emptyArchive();
    return { index: new MemoryTicketIndex(() => archive), archive, close: async () => undefined };
  });
});

const postgres = await postgresAnswers();
if (!postgres) console.warn('[ticket index contract] no PostgreSQL answers at 127.0.0.1:5432: the PostgreSQL run is skipped');

describe.skipIf(!postgres)('ticket index on PostgreSQL', () => {
  let database: TestDatabase | undefined;
  let pool: pg.Pool | undefined;
  beforeAll(async () => {
    database = await createTestDatabase('cc_tickets');
    pool = new pg.Pool({ connectionString: database.url, max: 4 });
  });
  afterAll(async () => {
    await pool?.end();
    await database?.drop();
  });
  // Each test starts on empty tables, as each in-memory test starts on a new archive.
  ticketIndexContract(async () => {
    await pool!.query('TRUNCATE archived_tickets, archived_users, archived_ticket_counts, archived_user_ticket_counts, archived_ticket_day_counts');
    const archive = emptyArchive();
    return { index: new PgTicketIndex(pool!, () => archive), archive, close: async () => undefined };
  });
});
