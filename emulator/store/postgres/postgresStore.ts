import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import pg from 'pg';
import type { RowClaim, StoreCluster } from '../cluster';
import { coalescedWriter } from '../coalescedWriter';
import type { Namespace, NamespaceStore, Store } from '../store';
import { Documents, type StoredRow } from './documents';
import { fromEntries, type EntryKey } from './entries';
import { idBlocks } from './idBlocks';
import { pendingMigrations } from './migrate';
import { forgetOldNotices, listenForNotices, sendNotice, type Notice } from './notices';
import { writeChanges, writeEntries, type NamespaceChanges } from './writeEntries';

/** The database a URL names, without its password: safe for logs and `/readyz`. */
export function describeDatabase(url: string): string {
  const parsed = new URL(url);
  parsed.password = '';
  return parsed.toString();
}

const NOTICE_CLEANUP_MS = 10 * 60_000;

/**
 * The store port on PostgreSQL (issue 22). Each namespace is loaded once at start and kept
 * in memory like lowdb's; a save writes, in one transaction, only the rows that changed since
 * the last one, and announces their keys (NOTIFY) so that every other instance on the database
 * reloads those rows: several instances behave as one. Refuses to open a database whose
 * migrations are not applied.
 */
export async function openPostgresStore(url: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: 10, application_name: 'customer-card' });
  // An idle connection the server ends (a restart, a dropped test database) is replaced on next use, not fatal.
  pool.on('error', (error) => console.error(`[store] ${describeDatabase(url)}: idle connection lost: ${error.message}`));
  try {
    const pending = await pendingMigrations(pool);
    if (pending.length) throw new Error(`the database lacks migrations ${pending.join(', ')}: run \`npm run db:migrate\``);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const instanceId = `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
  let lost: Error | null = null;
  const fail = (error: Error) => {
    lost ??= error;
    console.error(`[store] ${describeDatabase(url)}: ${error.message}`);
  };
  const RECONNECT_MS = 1_000;

  const documents = new Documents();
  const syncs = new Map<string, () => void>();
  const handlers = new Map<string, ((message: unknown) => void)[]>();
  const readRows = async (namespace: string, keys: EntryKey[]): Promise<StoredRow[]> => {
    const found = await pool.query<{ key: string; json: string }>('SELECT key, value::text AS json FROM store_entries WHERE namespace = $1 AND key = ANY($2::text[])', [namespace, keys]);
    const byKey = new Map(found.rows.map((row) => [row.key, row.json]));
    return keys.map((key) => ({ key, json: byKey.get(key) ?? null }));
  };
  const handle = async (notice: Notice) => {
    if (notice.kind === 'sync') return void (notice.from === instanceId && syncs.get(notice.token)?.());
    if (notice.from === instanceId) return;
    if (notice.kind === 'rows') for (const change of notice.changes) documents.apply(change.namespace, await readRows(change.namespace, change.keys));
    else for (const handler of handlers.get(notice.topic) ?? []) handler(notice.message);
  };
  let closed = false;
  let stopListening: () => Promise<void> = async () => {};
  /**
   * Notices sent while this instance was not listening are gone: when the listening connection
   * is lost it listens again, then reads every row back; until then `/readyz` says it is not ready.
   */
  const relisten = (error: Error) => {
    fail(error);
    void stopListening();
    const retry = setTimeout(async () => {
      if (closed) return;
      try {
        stopListening = await listenForNotices(url, pool, handle, relisten);
        await reloadAll();
        lost = null;
        console.error(`[store] ${describeDatabase(url)}: listening again; every row read back`);
      } catch (again) {
        relisten(again as Error);
      }
    }, RECONNECT_MS);
    retry.unref();
  };
  const reloadAll = async () => {
    const all = await pool.query<{ namespace: string; key: string; json: string }>('SELECT namespace, key, value::text AS json FROM store_entries ORDER BY ord');
    const byName = new Map<string, StoredRow[]>();
    for (const row of all.rows) {
      const rows = byName.get(row.namespace) ?? [];
      rows.push({ key: row.key, json: row.json });
      byName.set(row.namespace, rows);
    }
    for (const name of new Set([...byName.keys(), ...documents.live.keys()])) {
      const rows = byName.get(name) ?? [];
      const present = new Set(rows.map((row) => row.key));
      const gone = documents.savedKeys(name).filter((key) => !present.has(key)).map((key) => ({ key, json: null }));
      documents.apply(name, [...gone, ...rows]);
    }
  };
  // Listening starts before the rows are read: a save committed in between is reloaded, not missed.
  stopListening = await listenForNotices(url, pool, handle, relisten);

  const byNamespace = new Map<string, { key: string; value: unknown }[]>();
  const rows = await pool.query<{ namespace: string; key: string; value: unknown }>('SELECT namespace, key, value FROM store_entries ORDER BY ord');
  for (const row of rows.rows) {
    const list = byNamespace.get(row.namespace) ?? [];
    list.push(row);
    byNamespace.set(row.namespace, list);
  }
  for (const [name, list] of byNamespace) documents.load(name, fromEntries(list) as Record<string, unknown>);
  let seededAt: string | undefined = (await pool.query<{ value: string }>("SELECT value FROM store_meta WHERE key = 'seededAt'")).rows[0]?.value;
  const nextNumber = await idBlocks(pool, fail);
  const cleanup = setInterval(() => void forgetOldNotices(pool).catch(fail), NOTICE_CLEANUP_MS);
  cleanup.unref();

  const rowsNotice = (changes: NamespaceChanges[]): Notice => ({
    kind: 'rows',
    from: instanceId,
    changes: changes.map((c) => ({ namespace: c.name, keys: [...c.upserts.map(([key]) => key), ...c.deletes] })),
  });
  const write = async () => {
    const changes = documents.pending();
    if (!changes.length) return;
    await writeEntries(pool, changes, (client) => sendNotice(client, rowsNotice(changes)));
    for (const change of changes) documents.written(change.name, change.upserts, change.deletes);
  };
  const save = coalescedWriter(write);

  const sync = async () => {
    const token = randomBytes(8).toString('hex');
    const arrived = new Promise<void>((resolve) => syncs.set(token, resolve));
    try {
      await sendNotice(pool, { kind: 'sync', from: instanceId, token });
      await arrived;
    } finally {
      syncs.delete(token);
    }
  };

  const cluster: StoreCluster = {
    instanceId,
    sync,
    async exclusive(name, work) {
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
        try {
          await sync();
          const result = await work();
          await save.idle();
          return result;
        } finally {
          await client.query('SELECT pg_advisory_unlock(hashtext($1))', [name]);
        }
      } finally {
        client.release();
      }
    },
    async broadcast(topic, message) {
      await sendNotice(pool, { kind: 'message', from: instanceId, topic, message });
    },
    onMessage(topic, handler) {
      handlers.set(topic, [...(handlers.get(topic) ?? []), handler]);
    },
    nextNumber,
    async claim(namespace, path): Promise<RowClaim | null> {
      const key = JSON.stringify(path);
      const client = await pool.connect();
      const end = async (sql: string) => {
        try {
          await client.query(sql);
        } finally {
          client.release();
        }
      };
      try {
        await client.query('BEGIN');
        const found = await client.query<{ json: string }>('SELECT value::text AS json FROM store_entries WHERE namespace = $1 AND key = $2 FOR UPDATE SKIP LOCKED', [namespace, key]);
        if (!found.rows[0]) {
          await end('ROLLBACK');
          return null;
        }
        documents.apply(namespace, [{ key, json: found.rows[0].json }], true);
      } catch (error) {
        await end('ROLLBACK').catch(() => undefined);
        throw error;
      }
      return {
        async commit(paths) {
          const change = { name: namespace, ...documents.take(namespace, paths) };
          try {
            await writeChanges(client, [change]);
            await sendNotice(client, rowsNotice([change]));
          } catch (error) {
            await end('ROLLBACK').catch(() => undefined);
            throw error;
          }
          await end('COMMIT');
        },
        release: () => end('ROLLBACK'),
      };
    },
  };

  return {
    location: describeDatabase(url),
    database: pool,
    cluster,
    namespace<T extends object>(name: Namespace, initial: () => T): NamespaceStore<T> {
      const open = () => {
        // Rows another instance wrote may have come before this instance opened the namespace.
        const document = documents.live.get(name) ?? {};
        for (const [key, value] of Object.entries(initial())) if (!Object.hasOwn(document, key)) document[key] = value;
        documents.live.set(name, document);
        return document;
      };
      open();
      return {
        get data() {
          return (documents.live.get(name) ?? open()) as T;
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
      seededAt = undefined;
      await pool.query('TRUNCATE store_entries, store_meta');
    },
    save,
    flush: () => save.idle(),
    async check() {
      if (lost) throw new Error(`lost the other instances' changes: ${lost.message}`);
      const pending = await pendingMigrations(pool);
      if (pending.length) throw new Error(`migrations not applied: ${pending.join(', ')}`);
    },
    async close() {
      closed = true;
      clearInterval(cleanup);
      await save.idle();
      await stopListening();
      await pool.end();
    },
  };
}
