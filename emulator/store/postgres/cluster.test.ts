import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, postgresAnswers, type TestDatabase } from '../../../tests/support/postgres';
import type { Store } from '../store';
import { openPostgresStore } from './postgresStore';

const postgres = await postgresAnswers();

type Data = { interactions: Record<string, { id: string; state: string }>; outbox: { id: string; attempts: number }[]; sequence: number };
const initial = (): Data => ({ interactions: {}, outbox: [], sequence: 0 });

/** Two instances on one database, as two `npm run serve` processes would open it (issue 22). */
describe.skipIf(!postgres)('two stores on one PostgreSQL database', () => {
  let database: TestDatabase | undefined;
  let a: Store;
  let b: Store;
  beforeAll(async () => {
    database = await createTestDatabase();
    a = await openPostgresStore(database.url);
    b = await openPostgresStore(database.url);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await database?.drop();
  });

  it('shows on B what A saved, without B writing it back', async () => {
    const onA = a.namespace('contactCenter', initial);
    const onB = b.namespace('contactCenter', initial);
    onA.data.interactions['int-1'] = { id: 'int-1', state: 'queued' };
    onA.data.outbox.push({ id: 'wb-1', attempts: 0 });
    await onA.save();
    await vi.waitFor(() => expect(onB.data.interactions['int-1']).toEqual({ id: 'int-1', state: 'queued' }));
    expect(onB.data.outbox).toEqual([{ id: 'wb-1', attempts: 0 }]);
    onA.data.interactions['int-1'].state = 'alerting';
    delete onA.data.interactions['int-1'];
    onA.data.outbox.splice(0, 1);
    await onA.save();
    await b.cluster!.sync();
    await a.cluster!.sync();
    // B catches up on A's change only once it arrives: sync() waits for everything committed before it.
    await vi.waitFor(() => expect(onB.data.outbox).toEqual([]));
    expect(onB.data.interactions).toEqual({});
  });

  it('loses no row when both save at once: each writes only the rows it changed', async () => {
    const onA = a.namespace('contactCenter', initial);
    const onB = b.namespace('contactCenter', initial);
    const saves: Promise<void>[] = [];
    for (let i = 0; i < 20; i++) {
      onA.data.interactions[`int-a${i}`] = { id: `int-a${i}`, state: 'queued' };
      onA.data.outbox.push({ id: `wb-a${i}`, attempts: 0 });
      onB.data.interactions[`int-b${i}`] = { id: `int-b${i}`, state: 'queued' };
      onB.data.outbox.push({ id: `wb-b${i}`, attempts: 0 });
      saves.push(onA.save(), onB.save());
    }
    await Promise.all(saves);
    await Promise.all([a.cluster!.sync(), b.cluster!.sync()]);
    for (const side of [onA, onB]) {
      expect(Object.keys(side.data.interactions)).toHaveLength(40);
      expect(side.data.outbox).toHaveLength(40);
    }
    const reopened = await openPostgresStore(database!.url);
    expect(reopened.namespace('contactCenter', initial).data.outbox).toHaveLength(40);
    await reopened.close();
  });

  it('hands out numbers no other instance hands out', () => {
    const numbers = new Set<number>();
    for (let i = 0; i < 100; i++) {
      numbers.add(a.cluster!.nextNumber());
      numbers.add(b.cluster!.nextNumber());
    }
    expect(numbers.size).toBe(200);
  });

  it('runs exclusive work one instance at a time, each on the data the other left', async () => {
    const onA = a.namespace('contactCenter', initial);
    const onB = b.namespace('contactCenter', initial);
    onA.data.sequence = 0;
    await onA.save();
    await b.cluster!.sync();
    const bump = (store: Store, cc: typeof onA) =>
      store.cluster!.exclusive('counter', async () => {
        const seen = cc.data.sequence;
        await new Promise((r) => setTimeout(r, 5));
        cc.data.sequence = seen + 1;
        await cc.save();
      });
    await Promise.all(Array.from({ length: 10 }, (_, i) => bump(i % 2 ? a : b, i % 2 ? onA : onB)));
    await a.cluster!.sync();
    expect(onA.data.sequence).toBe(10);
  });

  it('gives a claimed row to one instance only, with its stored value', async () => {
    const onA = a.namespace('contactCenter', initial);
    const onB = b.namespace('contactCenter', initial);
    onA.data.outbox.push({ id: 'wb-claim', attempts: 0 });
    await onA.save();
    const claimA = await a.cluster!.claim('contactCenter', ['outbox', { id: 'wb-claim' }]);
    expect(claimA).not.toBeNull();
    expect(await b.cluster!.claim('contactCenter', ['outbox', { id: 'wb-claim' }])).toBeNull();
    onA.data.outbox.find((item) => item.id === 'wb-claim')!.attempts = 1;
    await claimA!.commit([['outbox', { id: 'wb-claim' }]]);
    const claimB = await b.cluster!.claim('contactCenter', ['outbox', { id: 'wb-claim' }]);
    expect(onB.data.outbox.find((item) => item.id === 'wb-claim')).toEqual({ id: 'wb-claim', attempts: 1 });
    await claimB!.release();
  });

  it('carries messages to the other instances, large ones by reference', async () => {
    const heard: unknown[] = [];
    b.cluster!.onMessage('test', (message) => heard.push(message));
    const large = { text: 'é'.repeat(6_000) };
    await a.cluster!.broadcast('test', { small: true });
    await a.cluster!.broadcast('test', large);
    await vi.waitFor(() => expect(heard).toEqual([{ small: true }, large]));
  });
});

describe.skipIf(!postgres)('a store whose listening connection is cut', () => {
  let database: TestDatabase | undefined;
  afterAll(() => database?.drop());

  it('listens again and reads back every row the others saved meanwhile, then is ready', async () => {
    database = await createTestDatabase();
    const a = await openPostgresStore(database.url);
    const b = await openPostgresStore(database.url);
    const onA = a.namespace('contactCenter', initial);
    const onB = b.namespace('contactCenter', initial);
    // Ends the listening sessions as a failover or an idle timeout would: this database's only, as other tests' run beside it.
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    const killed = await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'customer-card-listener' AND datname = current_database()");
    await admin.end();
    expect(killed.rowCount).toBe(2);
    onA.data.interactions['int-while-deaf'] = { id: 'int-while-deaf', state: 'queued' };
    await onA.save();
    await vi.waitFor(() => expect(onB.data.interactions['int-while-deaf']).toEqual({ id: 'int-while-deaf', state: 'queued' }), { timeout: 10_000 });
    await vi.waitFor(() => expect(b.check()).resolves.toBeUndefined(), { timeout: 10_000 });
    await Promise.all([a.close(), b.close()]);
  });
});
