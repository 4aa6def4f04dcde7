import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate } from '../../emulator/store/postgres/migrate';
import { MIGRATIONS } from '../../emulator/store/postgres/migrations';

/** The server tests use: `DATABASE_URL` when set (CI), else the machine's local PostgreSQL. */
export const serverUrl = () => process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

/** How long drop() waits for a test's own sessions to close before it ends them. */
const SESSIONS_GONE_MS = 1_000;
const POLL_MS = 20;

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * Whether a PostgreSQL server answers; when `DATABASE_URL` or `REQUIRE_POSTGRES` is set it must,
 * so a broken CI fails instead of skipping the suites that need it.
 */
export async function postgresAnswers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: serverUrl(), connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch (error) {
    if (process.env.DATABASE_URL || process.env.REQUIRE_POSTGRES) throw error;
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A fresh database of its own for one test file, migrated (by default to the newest schema); `drop()` removes it. */
export async function createTestDatabase(prefix = 'cc_test', migrations = MIGRATIONS): Promise<TestDatabase> {
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 1 });
  await migrate(pool, migrations);
  await pool.end();
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl() });
      await client.connect();
      // A pool's end() resolves before its clients' sessions have closed. FORCE would terminate a
      // session its client is still closing, and that client's FATAL 57P01 would reach the test as
      // an unhandled error: wait (1 s at most) for the sessions to go first.
      for (let waited = 0; waited < SESSIONS_GONE_MS; waited += POLL_MS) {
        const { rows } = await client.query<{ sessions: number }>('SELECT count(*)::int AS sessions FROM pg_stat_activity WHERE datname = $1', [name]);
        if (rows[0].sessions === 0) break;
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
