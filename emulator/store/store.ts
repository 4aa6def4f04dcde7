import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Low, Memory } from 'lowdb';
import type { Pool } from 'pg';
import { DataFile } from 'lowdb/node';
import type { StoreCluster } from './cluster';
import { coalescedWriter } from './coalescedWriter';

/** Each emulated service keeps its data under its own namespace; nothing else touches the file. */
export type Namespace = 'salesforce' | 'servicenow' | 'zendesk' | 'dynamics' | 'contactCenter';

type StoreData = { meta: { seededAt?: string; version: number } } & Partial<Record<Namespace, unknown>>;

export interface NamespaceStore<T> {
  /** The live data of this namespace; mutate it, then call `save()`. */
  readonly data: T;
  /** Persists the whole store atomically; resolves once this change is on disk. */
  save(): Promise<void>;
}

/**
 * The persistence port (ARCHITECTURE rule 8): the lowdb adapter below is the embedded default,
 * `postgres/postgresStore.ts` the production one, chosen by `DATABASE_URL` (`openConfiguredStore`).
 */
export interface Store {
  /** Where the data lives, for logs: a file, `:memory:` or the database (never its password). */
  readonly location: string;
  /** The PostgreSQL adapter's connections, for parts that query their data where it lies instead of loading it (the ticket archive). */
  readonly database?: Pool;
  /** Present when several instances may share this store (PostgreSQL); absent on lowdb. */
  readonly cluster?: StoreCluster;
  namespace<T extends object>(name: Namespace, initial: () => T): NamespaceStore<T>;
  isSeeded(): boolean;
  markSeeded(): Promise<void>;
  /** Drops every namespace so that the next start seeds again. */
  clear(): Promise<void>;
  save(): Promise<void>;
  /** Waits for writes in flight. */
  flush(): Promise<void>;
  /** Throws when the store cannot serve (database unreachable, migrations missing): `/readyz`. */
  check(): Promise<void>;
  /** Waits for writes in flight, then lets go of files and connections. */
  close(): Promise<void>;
}

export const MEMORY = ':memory:';

export async function openStore(location: string): Promise<Store> {
  const empty = (): StoreData => ({ meta: { version: 1 } });
  let adapter;
  if (location === MEMORY) {
    adapter = new Memory<StoreData>();
  } else {
    await mkdir(dirname(location), { recursive: true });
    // lowdb's DataFile writes through steno: a temp file renamed over the old one, so a
    // crash mid-write never leaves a half-written data file. Compact JSON: the file can
    // hold a big ticket archive, and indenting it on every save costs the event loop.
    adapter = new DataFile<StoreData>(location, { parse: JSON.parse, stringify: (data) => JSON.stringify(data) });
  }
  const db = new Low<StoreData>(adapter, empty());
  await db.read();
  db.data ??= empty();
  db.data.meta ??= { version: 1 };

  const save = coalescedWriter(() => db.write());

  return {
    location,
    namespace<T extends object>(name: Namespace, initial: () => T): NamespaceStore<T> {
      db.data[name] ??= initial();
      return {
        get data() {
          return db.data[name] as T;
        },
        save,
      };
    },
    isSeeded: () => Boolean(db.data.meta.seededAt),
    async markSeeded() {
      db.data.meta.seededAt = new Date().toISOString();
      await save();
    },
    async clear() {
      for (const key of Object.keys(db.data)) delete (db.data as Record<string, unknown>)[key];
      db.data.meta = { version: 1 };
      await save();
    },
    save,
    flush: () => save.idle(),
    async check() {},
    close: () => save.idle(),
  };
}
