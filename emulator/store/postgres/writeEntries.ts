import type { Pool, PoolClient } from 'pg';
import type { EntryKey } from './entries';
import { inTransaction } from './transaction';

/** Rows per statement: large enough for an import page, small enough for PostgreSQL's parameter limits. */
const BATCH = 2_000;

export interface NamespaceChanges {
  name: string;
  upserts: [EntryKey, string][];
  deletes: EntryKey[];
}

/** Writes every namespace's changed rows in one transaction: a crash leaves the last save whole. */
export async function writeEntries(pool: Pool, changes: NamespaceChanges[], beforeCommit?: (client: PoolClient) => Promise<void>): Promise<void> {
  await inTransaction(pool, async (client) => {
    await writeChanges(client, changes);
    await beforeCommit?.(client);
  });
}

/** The statements of a save, on a client whose transaction the caller holds. */
export async function writeChanges(client: PoolClient, changes: NamespaceChanges[]): Promise<void> {
  for (const { name, upserts, deletes } of changes) {
    for (let i = 0; i < deletes.length; i += BATCH) {
      await client.query('DELETE FROM store_entries WHERE namespace = $1 AND key = ANY($2::text[])', [name, deletes.slice(i, i + BATCH)]);
    }
    for (let i = 0; i < upserts.length; i += BATCH) {
      const batch = upserts.slice(i, i + BATCH);
      await client.query(
        `INSERT INTO store_entries (namespace, key, value)
         SELECT $1, key, value FROM unnest($2::text[], $3::json[]) AS row(key, value)
         ON CONFLICT (namespace, key) DO UPDATE SET value = excluded.value`,
        [name, batch.map(([key]) => key), batch.map(([, json]) => json)],
      );
    }
  }
}
