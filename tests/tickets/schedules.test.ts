import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { startMemoryEmulator } from '../support/emulator';
import type { SignedInClient } from '../support/cc';
import { ccClient, runImport } from './imports';

let emulator: RunningEmulator;
let admin: SignedInClient;

beforeAll(async () => {
  emulator = await startMemoryEmulator();
  admin = await ccClient(emulator);
});
afterAll(() => emulator.close());

describe('scheduled imports and their alerts (issue 24)', () => {
  it('sets an interval per source and shows when the next run is', async () => {
    const schedule = await admin.call('putImportSchedule', { params: { source: 'zendesk' }, body: { everyMinutes: 30 } });
    expect(schedule).toMatchObject({ source: 'zendesk', everyMinutes: 30 });
    const inHalfAnHour = Date.parse(schedule.nextRunAt!) - Date.now();
    expect(inHalfAnHour).toBeGreaterThan(29 * 60_000);
    expect(inHalfAnHour).toBeLessThanOrEqual(30 * 60_000);
    const { schedules } = await admin.call('listImportSchedules');
    expect(schedules.map((s) => [s.source, s.everyMinutes])).toEqual([['zendesk', 30], ['salesforce', null]]);
    const tooOften = await admin.send('putImportSchedule', { params: { source: 'zendesk' }, body: { everyMinutes: 1 } });
    expect(tooOften.status).toBe(400);
    expect((await admin.call('listImportSchedules')).schedules[0].everyMinutes).toBe(30);
  });

  it('raises an alert with the CRM’s error when a run fails, and clears it when the next one succeeds', async () => {
    const { config } = await admin.call('getConfig');
    const broken = { ...config, connections: { ...config.connections, zendesk: { baseUrl: emulator.url, email: 'admin@customercard.example', apiToken: 'wrong-token' } } };
    const put = await admin.send('putConfig', { body: broken as never });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const failed = await runImport(admin, 'zendesk');
    expect(failed.state).toBe('failed');
    const alert = (await admin.call('listImportSchedules')).schedules[0].alert;
    expect(alert?.runId).toBe(failed.id);
    expect(alert?.error).toMatch(/authenticate/);
    await admin.call('putConfig', { body: config as never });
    expect((await runImport(admin, 'zendesk')).state).toBe('done');
    expect((await admin.call('listImportSchedules')).schedules[0].alert).toBeUndefined();
  });
});
