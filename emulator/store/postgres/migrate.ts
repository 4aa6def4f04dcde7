import type { Pool } from 'pg';
import { MIGRATIONS } from './migrations';

/** Any fixed number: instances starting together take turns instead of applying twice. */
const MIGRATION_LOCK = 7_220_001;

const HISTORY = `CREATE TABLE IF NOT EXISTS schema_migrations (
  name text PRIMARY KEY,
  applied_at timestamptz NOT NULL DEFAULT now()
)`;

/** Applies the migrations this database lacks, each in its own transaction; returns their names. */
export async function migrate(pool: Pool, migrations = MIGRATIONS): Promise<string[]> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(HISTORY);
    const applied = new Set((await client.query<{ name: string }>('SELECT name FROM schema_migrations')).rows.map((r) => r.name));
    const done: string[] = [];
    for (const migration of migrations.filter((m) => !applied.has(m.name))) {
      try {
        await client.query('BEGIN');
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations (name) VALUES ($1)', [migration.name]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`migration ${migration.name} failed: ${(error as Error).message}`);
      }
      done.push(migration.name);
    }
    return done;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}

/** The migrations not applied yet (all of them on an empty database). */
export async function pendingMigrations(pool: Pool, migrations = MIGRATIONS): Promise<string[]> {
  const exists = await pool.query<{ found: string | null }>("SELECT to_regclass('schema_migrations') AS found");
  if (!exists.rows[0].found) return migrations.map((m) => m.name);
  const applied = new Set((await pool.query<{ name: string }>('SELECT name FROM schema_migrations')).rows.map((r) => r.name));
  return migrations.filter((m) => !applied.has(m.name)).map((m) => m.name);
}
