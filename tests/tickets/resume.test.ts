import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../emulator/server';
import { ccClient, waitForRun } from './imports';

const dir = mkdtempSync(join(tmpdir(), 'tickets-resume-'));
const dataFile = join(dir, 'emulator.json');
const start = () => startEmulator({ port: 0, host: '127.0.0.1', dataFile, reset: false });
let emulator: RunningEmulator | undefined;

afterAll(async () => {
  await emulator?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('an import cut short by a restart', () => {
  it('goes on from the last saved page on start, and imports and reports nothing twice', async () => {
    emulator = await start();
    const admin = await ccClient(emulator);
    const started = await admin.send('startImport', { body: { source: 'zendesk', perPage: 2 } });
    expect(started.status).toBe(202);
    await emulator.close();

    const saved = JSON.parse(readFileSync(dataFile, 'utf8')) as { contactCenter: { ticketArchive: { runs: Record<string, { state: string; progress: { pages: number } }> } } };
    const cut = saved.contactCenter.ticketArchive.runs[started.body.id];
    expect(cut.state).toBe('running');

    emulator = await start();
    const again = await ccClient(emulator);
    const run = await waitForRun(again, started.body.id);
    expect(run.state).toBe('done');
    expect(run.progress.pages).toBeGreaterThan(cut.progress.pages);
    const reported = [...run.report.imported, ...run.report.skipped].map((e) => `${e.kind}:${e.id}`);
    expect(new Set(reported).size).toBe(reported.length);
    const found = await again.send('searchTickets', { query: { pageSize: '100' } });
    const importedTickets = run.report.imported.filter((e) => e.kind === 'ticket').map((e) => e.id);
    expect(importedTickets.length).toBeGreaterThan(0);
    expect(found.body.tickets.map((t) => t.id).sort()).toEqual([...importedTickets].sort());
    expect(found.body.total).toBe(importedTickets.length);
  });
});
