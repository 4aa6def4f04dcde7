import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import { createTestDatabase, postgresAnswers, type TestDatabase } from '../../tests/support/postgres';
import { openPostgresStore } from './postgres/postgresStore';
import { MEMORY, openStore } from './store';
import { storeContract } from './storeContract';

describe('store port on lowdb in memory', () => {
  storeContract(() => ({ open: () => openStore(MEMORY), reopen: null }));
});

describe('store port on a lowdb file', () => {
  let dir = '';
  let file = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cc-store-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  let n = 0;
  storeContract(() => ({ open: () => openStore((file = join(dir, `store-${++n}.json`))), reopen: () => openStore(file) }));
});

const postgres = await postgresAnswers();
if (!postgres) console.warn('[store contract] no PostgreSQL answers at 127.0.0.1:5432: the PostgreSQL run is skipped');

describe.skipIf(!postgres)('store port on PostgreSQL', () => {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.drop());
  // Each test starts on empty tables, as each lowdb test starts on a new file.
  storeContract(() => ({
    open: async () => {
      const store = await openPostgresStore(database!.url);
      await store.clear();
      return store;
    },
    reopen: () => openPostgresStore(database!.url),
  }));
});
