import type { Connection } from 'jsforce';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { login } from '../salesforce/connect';
import { startMemoryEmulator } from '../support/emulator';
import type { SignedInClient as CcClient } from '../support/cc';
import { ccClient, runImport, type RunView } from './imports';

let emulator: RunningEmulator;
let conn: Connection;
let cc: CcClient;
const ids: Record<string, string> = {};
let run: RunView;

async function create(key: string, object: string, fields: Record<string, unknown>) {
  const result = (await conn.sobject(object).create(fields)) as { id: string };
  ids[key] = result.id;
}

beforeAll(async () => {
  emulator = await startMemoryEmulator();
  conn = await login(emulator);
  await create('noEmail', 'Contact', { FirstName: 'Aroha', LastName: 'Ngata', Phone: '+64 9 555 0101' });
  await create('emailName', 'Contact', { FirstName: 'sione@alpinefibre.example', LastName: 'Tupou', Email: 'sione.tupou@alpinefibre.example' });
  await create('valid', 'Contact', { FirstName: 'Émilie', LastName: 'Rousseau', Email: 'emilie.rousseau@alpinefibre.example' });
  await create('closed', 'Case', { Subject: 'Set-top box overheats', Description: 'The box switches off after an hour.', Status: 'Closed', Origin: 'Phone', ContactId: ids.valid });
  await create('call', 'Task', { Subject: 'Call: replacement sent', Description: 'Courier booked for Friday.', WhatId: ids.closed, TaskSubtype: 'Call', Status: 'Completed' });
  await create('open', 'Case', { Subject: 'Wi-Fi drops', Status: 'Working', Origin: 'Web', ContactId: ids.valid });
  cc = await ccClient(emulator);
  run = await runImport(cc, 'salesforce');
});
afterAll(() => emulator.close());

const skip = (id: string) => run.report.skipped.find((s) => s.id === `salesforce:${id}`);

describe('Salesforce import through SOQL paging, with jsforce data', () => {
  it('refuses Contacts without email or with an email in a name field', () => {
    expect(run.state).toBe('done');
    expect(skip(ids.noEmail)).toMatchObject({ kind: 'user', reason: 'user-without-email' });
    expect(skip(ids.emailName)).toMatchObject({ kind: 'user', reason: 'email-in-name' });
    expect(run.report.imported.map((e) => e.id)).toContain(`salesforce:${ids.valid}`);
  });

  it('imports closed Cases with their Tasks as the transcript and skips open ones', async () => {
    expect(skip(ids.open)).toMatchObject({ kind: 'ticket', reason: 'not-solved' });
    const { status, body } = await cc.send('getTicket', { params: { id: `salesforce:${ids.closed}` } });
    expect(status).toBe(200);
    expect(body.channel).toBe('voice');
    expect(body.requester!.name).toBe('Émilie Rousseau');
    expect(body.transcript.map((c) => c.body)).toEqual(['The box switches off after an hour.', 'Call: replacement sent\n\nCourier booked for Friday.']);
    expect(body.crmUrl).toBe(`/lightning/r/Case/${ids.closed}/view`);
  });

  it('follows a deleted Case on the next run', async () => {
    await conn.sobject('Case').destroy(ids.closed);
    const next = await runImport(cc, 'salesforce');
    expect(next.progress.removedTickets).toBe(1);
    expect((await cc.send('getTicket', { params: { id: `salesforce:${ids.closed}` } })).status).toBe(404);
  });
});
