import { expect, it } from 'vitest';
import type { Store } from './store';

/** Opens the same store again, as a restarted process would; `null` where nothing survives (`:memory:`). */
export interface StoreUnderTest {
  open(): Promise<Store>;
  reopen: (() => Promise<Store>) | null;
}

/** What every adapter of the store port must do (ARCHITECTURE rule 8); run on lowdb and on PostgreSQL. */
export function storeContract(subject: () => StoreUnderTest): void {
  const opened: Store[] = [];
  const open = async (which: 'open' | 'reopen' = 'open') => {
    const store = await (which === 'open' ? subject().open() : subject().reopen!());
    opened.push(store);
    return store;
  };
  const survives = () => subject().reopen !== null;
  const closeAll = async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
  };

  it('keeps each namespace apart and survives a reopen', async () => {
    const store = await open();
    const sf = store.namespace('salesforce', () => ({ rows: [] as string[] }));
    const cc = store.namespace('contactCenter', () => ({ interactions: {} as Record<string, { caller: string }> }));
    sf.data.rows.push('001');
    cc.data.interactions['int-000001'] = { caller: '+33 6 12 34 56 78' };
    await sf.save();
    expect(cc.data.interactions['int-000001'].caller).toBe('+33 6 12 34 56 78');
    if (survives()) {
      const again = await open('reopen');
      expect(again.namespace('salesforce', () => ({ rows: [] as string[] })).data.rows).toEqual(['001']);
      expect(again.namespace('contactCenter', () => ({ interactions: {} })).data.interactions).toEqual({ 'int-000001': { caller: '+33 6 12 34 56 78' } });
    }
    await closeAll();
  });

  it('writes the last state when saves come all at once', async () => {
    const store = await open();
    const ns = store.namespace('zendesk', () => ({ n: 0 }));
    const saves = [];
    for (let i = 1; i <= 50; i++) {
      ns.data.n = i;
      saves.push(ns.save());
    }
    await Promise.all(saves);
    if (survives()) expect((await open('reopen')).namespace('zendesk', () => ({ n: 0 })).data.n).toBe(50);
    await closeAll();
  });

  it('forgets what was deleted and keeps the order keys were added in', async () => {
    const store = await open();
    const cc = store.namespace('contactCenter', () => ({ links: {} as Record<string, { id: string }> }));
    for (const id of ['lnk-3', 'lnk-1', 'lnk-2']) cc.data.links[id] = { id };
    await cc.save();
    delete cc.data.links['lnk-1'];
    cc.data.links['lnk-0'] = { id: 'lnk-0' };
    await cc.save();
    const read = survives() ? (await open('reopen')).namespace('contactCenter', () => ({ links: {} })).data.links : cc.data.links;
    expect(Object.keys(read)).toEqual(['lnk-3', 'lnk-2', 'lnk-0']);
    await closeAll();
  });

  it('remembers that it was seeded until cleared', async () => {
    const store = await open();
    expect(store.isSeeded()).toBe(false);
    store.namespace('servicenow', () => ({ incidents: ['INC0010001'] }));
    await store.markSeeded();
    if (survives()) expect((await open('reopen')).isSeeded()).toBe(true);
    await store.clear();
    expect(store.isSeeded()).toBe(false);
    expect(store.namespace('servicenow', () => ({ incidents: [] as string[] })).data.incidents).toEqual([]);
    if (survives()) expect((await open('reopen')).isSeeded()).toBe(false);
    await closeAll();
  });

  it('answers its readiness check', async () => {
    const store = await open();
    await expect(store.check()).resolves.toBeUndefined();
    await closeAll();
  });
}
