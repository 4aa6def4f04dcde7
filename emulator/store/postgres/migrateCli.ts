import pg from 'pg';
import { migrate } from './migrate';
import { describeDatabase } from './postgresStore';

/** `npm run db:migrate`: brings the database `DATABASE_URL` names to the current schema. */
async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/customer_card)');
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    const applied = await migrate(pool);
    console.log(applied.length ? `[db:migrate] applied ${applied.join(', ')} to ${describeDatabase(url)}` : `[db:migrate] ${describeDatabase(url)} is up to date`);
  } finally {
    await pool.end();
  }
}

main().catch((error) => {
  console.error(`[db:migrate] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
