import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MEMORY, openStore } from './store';

const dirs: string[] = [];
async function tempFile() {
  const dir = await mkdtemp(join(tmpdir(), 'cc-store-'));
  dirs.push(dir);
  return join(dir, 'nested', 'emulator.json');
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('store', () => {
  it('keeps each namespace apart and survives a reopen', async () => {
    const file = await tempFile();
    const store = await openStore(file);
    const sf = store.namespace('salesforce', () => ({ rows: [] as string[] }));
    const sn = store.namespace('servicenow', () => ({ rows: [] as string[] }));
    sf.data.rows.push('001');
    sn.data.rows.push('abc');
    await sf.save();

    const reopened = await openStore(file);
    expect(reopened.namespace('salesforce', () => ({ rows: [] as string[] })).data.rows).toEqual(['001']);
    expect(reopened.namespace('servicenow', () => ({ rows: [] as string[] })).data.rows).toEqual(['abc']);
  });

  it('coalesces concurrent saves and writes the last state', async () => {
    const file = await tempFile();
    const store = await openStore(file);
    const ns = store.namespace('zendesk', () => ({ n: 0 }));
    const saves = [];
    for (let i = 1; i <= 50; i++) {
      ns.data.n = i;
      saves.push(ns.save());
    }
    await Promise.all(saves);
    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    expect(onDisk.zendesk.n).toBe(50);
  });

  it('remembers that it was seeded until cleared', async () => {
    const file = await tempFile();
    const store = await openStore(file);
    expect(store.isSeeded()).toBe(false);
    await store.markSeeded();
    expect((await openStore(file)).isSeeded()).toBe(true);
    await store.clear();
    expect((await openStore(file)).isSeeded()).toBe(false);
  });

  it('keeps everything in memory for :memory:', async () => {
    const store = await openStore(MEMORY);
    store.namespace('contactCenter', () => ({ agents: ['a'] }));
    await store.save();
    expect(store.namespace('contactCenter', () => ({ agents: [] as string[] })).data.agents).toEqual(['a']);
  });
});
