import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { spawnEmulator, startMemoryEmulator } from '../support/emulator';

/** Each test starts the emulator as its own process, maybe several times: slow on a busy 2-core machine. */
const SPAWN_TIMEOUT_MS = 90_000;

describe('emulator skeleton', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startMemoryEmulator();
  });
  afterAll(() => emulator.close());

  it('answers /health', async () => {
    const res = await fetch(`${emulator.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers unknown paths with 404 JSON, never HTML', async () => {
    const res = await fetch(`${emulator.url}/no/such/thing?x=<script>`, { method: 'POST', body: '{broken', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect((await res.json()).error).toBe('not_found');
  });

  it('stays up after hostile requests', async () => {
    const bad = ['/%', '/..%2f..%2fetc%2fpasswd', '/health/../../x', `/${'a'.repeat(8000)}`];
    for (const path of bad) {
      const res = await fetch(`${emulator.url}${path}`);
      expect(res.status).toBeLessThan(500);
    }
    expect((await fetch(`${emulator.url}/health`)).status).toBe(200);
  });
});

describe('npm run emulator', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cc-emulator-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('starts in memory and stops cleanly on SIGTERM', async () => {
    const emulator = await spawnEmulator({ EMULATOR_DATA: ':memory:' });
    expect(emulator.readyAfterMs).toBeGreaterThan(0);
    expect(await emulator.stop('SIGTERM')).toBe(0);
  }, SPAWN_TIMEOUT_MS);

  it('seeds a data file once, keeps it across restarts, and reseeds on --reset', async () => {
    const file = join(dir, 'emulator.json');
    const first = await spawnEmulator({ EMULATOR_DATA: file });
    expect(await first.stop('SIGINT')).toBe(0);
    const seeded = JSON.parse(await readFile(file, 'utf8'));
    expect(seeded.meta.seededAt).toBeTruthy();

    // Something written between runs must still be there after a plain restart.
    seeded.contactCenter = { ...(seeded.contactCenter ?? {}), marker: 'kept' };
    await writeFile(file, JSON.stringify(seeded));
    const second = await spawnEmulator({ EMULATOR_DATA: file });
    await second.stop();
    const kept = JSON.parse(await readFile(file, 'utf8'));
    expect(kept.contactCenter.marker).toBe('kept');
    expect(kept.meta.seededAt).toBe(seeded.meta.seededAt);

    const reset = await spawnEmulator({ EMULATOR_DATA: file }, ['--reset']);
    await reset.stop();
    const reseeded = JSON.parse(await readFile(file, 'utf8'));
    expect(reseeded.contactCenter?.marker).toBeUndefined();
    expect(reseeded.meta.seededAt).not.toBe(seeded.meta.seededAt);
  }, SPAWN_TIMEOUT_MS);

  it('refuses a bad PORT with a clear message', async () => {
    await expect(spawnEmulator({ EMULATOR_DATA: ':memory:', PORT: 'eighty' })).rejects.toThrow(/PORT must be a port number/);
  }, SPAWN_TIMEOUT_MS);
});
