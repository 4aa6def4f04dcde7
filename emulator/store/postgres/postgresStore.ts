import pg from 'pg';
import { coalescedWriter } from '../coalescedWriter';
import type { Namespace, NamespaceStore, Store } from '../store';
import { diffEntries, fromEntries, toEntries, type EntryKey } from './entries';
import { pendingMigrations } from './migrate';
import { writeEntries } from './writeEntries';

/** The database a URL names, without its password: safe for logs and `/readyz`. */
export function describeDatabase(url: string): string {
  const parsed = new URL(url);
  parsed.password = '';
  return parsed.toString();
}

/**
 * The store port on PostgreSQL (issue 22). Each namespace is loaded once at start and kept
 * in memory like lowdb's; a save writes, in one transaction, only the rows that changed since
 * the last one. Refuses to open a database whose migrations are not applied.
 */
export async function openPostgresStore(url: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: 4, application_name: 'customer-card' });
  try {
    const pending = await pendingMigrations(pool);
    if (pending.length) throw new Error(`the database lacks migrations ${pending.join(', ')}: run \`npm run db:migrate\``);
  } catch (error) {
    await pool.end();
    throw error;
  }

  const documents = new Map<string, Record<string, unknown>>();
  const saved = new Map<string, Map<EntryKey, string>>();
  const byNamespace = new Map<string, { key: string; value: unknown }[]>();
  const rows = await pool.query<{ namespace: string; key: string; value: unknown }>('SELECT namespace, key, value FROM store_entries ORDER BY ord');
  for (const row of rows.rows) {
    const list = byNamespace.get(row.namespace) ?? [];
    list.push(row);
    byNamespace.set(row.namespace, list);
  }
  for (const [name, list] of byNamespace) {
    const document = fromEntries(list) as Record<string, unknown>;
    documents.set(name, document);
    saved.set(name, toEntries(document));
  }
  let seededAt: string | undefined = (await pool.query<{ value: string }>("SELECT value FROM store_meta WHERE key = 'seededAt'")).rows[0]?.value;

  const write = async () => {
    const changes = [...documents].map(([name, document]) => {
      const entries = toEntries(document);
      return { name, entries, ...diffEntries(saved.get(name) ?? new Map(), entries) };
    });
    if (changes.every((c) => !c.upserts.length && !c.deletes.length)) return;
    await writeEntries(pool, changes);
    for (const change of changes) saved.set(change.name, change.entries);
  };
  const save = coalescedWriter(write);

  return {
    location: describeDatabase(url),
    database: pool,
    namespace<T extends object>(name: Namespace, initial: () => T): NamespaceStore<T> {
      if (!documents.has(name)) documents.set(name, initial() as Record<string, unknown>);
      return {
        get data() {
          if (!documents.has(name)) documents.set(name, initial() as Record<string, unknown>);
          return documents.get(name) as T;
        },
        save,
      };
    },
    isSeeded: () => Boolean(seededAt),
    async markSeeded() {
      await save();
      seededAt = new Date().toISOString();
      await pool.query("INSERT INTO store_meta (key, value) VALUES ('seededAt', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [seededAt]);
    },
    async clear() {
      await save.idle();
      documents.clear();
      saved.clear();
      seededAt = undefined;
      await pool.query('TRUNCATE store_entries, store_meta');
    },
    save,
    flush: () => save.idle(),
    async check() {
      const pending = await pendingMigrations(pool);
      if (pending.length) throw new Error(`migrations not applied: ${pending.join(', ')}`);
    },
    async close() {
      await save.idle();
      await pool.end();
    },
  };
}
