import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { startMemoryEmulator } from '../support/emulator';
import { openEvents, signInCc, type SignedInClient as CcClient } from '../support/cc';
import { act, placeCall, setState, type Interaction } from './flow';

describe('the ACD routes to the skilled agent of the queue, longest idle first, or waits (§7.5, §7.6)', () => {
  let emulator: RunningEmulator;
  let casey: CcClient;
  let lena: CcClient;
  let diego: CcClient;
  let supervisor: CcClient;
  const pause = () => new Promise((r) => setTimeout(r, 5));
  // Agents see only their own interactions (issue 23); the supervisor watches the queue.
  const current = async (interaction: Interaction) => (await supervisor.call('getInteraction', { params: { id: interaction.id } })).interaction;

  beforeAll(async () => {
    emulator = await startMemoryEmulator();
    casey = await signInCc(emulator.url);
    lena = await signInCc(emulator.url, 'lena.vogel@customercard.example');
    diego = await signInCc(emulator.url, 'diego.ramos@customercard.example');
    supervisor = await signInCc(emulator.url, 'supervisor@customercard.example');
    await setState(lena, 'available');
    await pause();
    await setState(casey, 'available');
  });
  afterAll(() => emulator.close());

  const waiting: Record<string, Interaction> = {};

  it('gives a German speaker to the agent idle longest among those with every skill', async () => {
    // Hannah Fischer: German, detractor -> retention queue, skills retention + german; Lena and Casey both qualify.
    const hannah = await placeCall(casey, '(415)5551217');
    expect(hannah.routing).toMatchObject({ queue: 'retention', skills: ['retention', 'german'] });
    expect(hannah).toMatchObject({ state: 'alerting', agentId: 'lena' });
  });

  it('gives a Spanish speaker to the agent who speaks Spanish, even if idle for less time', async () => {
    const tomas = await placeCall(casey, '415-555-1238');
    expect(tomas.routing).toMatchObject({ queue: 'retention', skills: ['retention', 'spanish'] });
    expect(tomas).toMatchObject({ state: 'alerting', agentId: 'agent' });
    waiting.tomas = tomas;
  });

  it('keeps a caller queued while nobody with the skills is free, and alerts the first agent who becomes available', async () => {
    const lucas = await placeCall(casey, '415.555.1189');
    expect(lucas.routing).toMatchObject({ queue: 'general', skills: ['spanish'] });
    expect(lucas.state).toBe('queued');
    expect(lucas.agentId).toBeUndefined();

    const events = await openEvents(diego);
    try {
      await setState(diego, 'available');
      const alert = await events.next('interaction.alerting');
      expect(alert.data).toMatchObject({
        queue: 'general',
        skills: ['spanish'],
        participantData: { crmRecord: { crm: 'salesforce', object: 'Contact' }, ivrOutcome: 'identified' },
        interaction: { id: lucas.id, state: 'alerting', agentId: 'diego' },
      });
    } finally {
      events.close();
    }
    expect((await current(lucas)).state).toBe('alerting');
  });

  it('offers a waiting call to an agent as soon as their current call ends', async () => {
    // Lukas Schneider needs business + german + retention: only Casey, who is still on Tomás's call.
    const lukas = await placeCall(casey, '(415)5551105');
    expect(lukas.routing?.skills).toEqual(expect.arrayContaining(['german', 'business', 'retention']));
    expect(lukas.state).toBe('queued');
    await act(casey, waiting.tomas, 'answer');
    await act(casey, waiting.tomas, 'hangup');
    expect((await current(lukas)).state).toBe('queued');
    await act(casey, waiting.tomas, 'acw/complete');
    expect(await current(lukas)).toMatchObject({ state: 'alerting', agentId: 'agent' });
  });

  it('leaves calls queued while every agent is unavailable', async () => {
    for (const client of [casey, lena, diego]) await setState(client, 'unavailable');
    const maria = await placeCall(casey, '+1 415-555-1000');
    expect(maria.state).toBe('queued');
    expect(maria.agentId).toBeUndefined();
  });
});
