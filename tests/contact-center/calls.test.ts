import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { startMemoryEmulator } from '../support/emulator';
import { login } from '../salesforce/connect';
import { signInCc, type SignedInClient as CcClient } from '../support/cc';
import type { Interaction } from './flow';


describe('calls through the IVR (§7)', () => {
  let emulator: RunningEmulator;
  let agent: CcClient;
  beforeAll(async () => {
    emulator = await startMemoryEmulator();
    agent = await signInCc(emulator.url);
  });
  afterAll(() => emulator.close());

  const call = async (ani: string) => {
    const res = await agent.send('placeCall', { body: { ani, dnis: '+18005550100' } });
    expect(res.status).toBe(201);
    return res.body.interaction;
  };

  it('§7.1 identifies a caller whose number is typed differently in the CRM, and greets them in their language', async () => {
    // Maria García is "(415) 555-1000" in the CRMs.
    const interaction = await call('+1 415-555-1000');
    expect(interaction.ivr!.outcome).toBe('identified');
    expect(interaction.ivr!.matches[0]).toMatchObject({ crm: 'salesforce', object: 'Contact', name: 'Maria García' });
    expect(interaction.ivr!.greeting).toBe('Hola Maria, le damos de nuevo la bienvenida a Alpine Fibre.');
    expect(interaction.state).toBe('queued');
  });

  it('§7.3 routes with CRM data to one queue and at most five skills, saying why', async () => {
    const interaction = await call('4155551000');
    expect(interaction.routing?.queue).toBe('retention');
    expect(interaction.routing?.skills).toEqual(['retention', 'spanish', 'business']);
    expect(interaction.routing?.reasons.join('\n')).toMatch(/Detractors go to retention/);
  });

  it('§7.2 keeps every match of a shared household number for the agent', async () => {
    const interaction = await call('(415) 555-0199');
    expect(interaction.ivr!.outcome).toBe('ambiguous');
    expect(interaction.ivr!.matches.map((m) => m.name)).toEqual(expect.arrayContaining(['Ana Souza', 'Rafael Souza']));
  });

  it('§7.2 asks for another identifier when the number is unknown, then looks up again', async () => {
    const interaction = await call('+1 212 555 0999');
    expect(interaction.ivr!.outcome).toBe('not-identified');
    expect(interaction.state).toBe('ivr');
    const again = await agent.send('giveIdentifier', { params: { id: interaction.id }, body: { kind: 'email', value: 'ana.souza@mail.example' } });
    expect(again.status).toBe(200);
    expect(again.body.interaction.ivr!.outcome).toBe('identified');
    expect(again.body.interaction.ivr!.matches[0].name).toBe('Ana Souza');
    expect(again.body.interaction.state).toBe('queued');
  });

  const unknownCaller = async () => {
    const interaction = await call('+1 212 555 0999');
    expect(interaction.state).toBe('ivr');
    return interaction;
  };
  const identifyBy = async (interaction: Interaction, kind: 'accountNumber' | 'caseNumber' | 'email', value: string) => {
    const res = await agent.send('giveIdentifier', { params: { id: interaction.id }, body: { kind, value } });
    expect(res.status).toBe(200);
    return res.body.interaction;
  };

  it('§7.2 identifies an unknown number by account number', async () => {
    const again = await identifyBy(await unknownCaller(), 'accountNumber', 'ACC-10001');
    expect(again.ivr!.outcome).toBe('identified');
    expect(again.ivr!.matches[0]).toMatchObject({ crm: 'salesforce', object: 'Account', name: 'Acme Logistics' });
    expect(again.state).toBe('queued');
  });

  it('§7.2 identifies an unknown number by case number and greets the case\'s contact', async () => {
    const sf = await login(emulator);
    const [maria] = (await sf.query<{ CaseNumber: string }>("SELECT CaseNumber FROM Case WHERE Contact.Email = 'maria.garcia@acme.example'")).records;
    const again = await identifyBy(await unknownCaller(), 'caseNumber', maria.CaseNumber);
    expect(again.ivr!.outcome).toBe('identified');
    expect(again.ivr!.matches[0]).toMatchObject({ crm: 'salesforce', object: 'Case', name: maria.CaseNumber });
    expect(again.ivr!.greeting).toBe('Hola Maria, le damos de nuevo la bienvenida a Alpine Fibre.');
  });

  it('§7.2 an identifier that matches nobody leaves the caller not identified, queued for any agent', async () => {
    const again = await identifyBy(await unknownCaller(), 'email', 'nobody@nowhere.example');
    expect(again.ivr!.outcome).toBe('not-identified');
    expect(again.ivr!.greeting).toBe('Welcome to Alpine Fibre.');
    expect(again.routing).toMatchObject({ queue: 'general', skills: [] });
    expect(again.state).toBe('queued');
  });

  it('§7.2 an ambiguous caller is routed with every candidate in the participant data, no record chosen', async () => {
    const interaction = await call('415 555 0300');
    expect(interaction.ivr!.outcome).toBe('ambiguous');
    expect(interaction.participantData.crmRecord).toBeUndefined();
    expect((interaction.participantData.candidates as unknown[]).length).toBeGreaterThanOrEqual(2);
    expect(interaction.ivr!.greeting).toBe('Welcome to Alpine Fibre.');
  });

  it('refuses bad input with a clear error', async () => {
    expect((await agent.send('placeCall', { body: { ani: 42 } })).status).toBe(400);
    expect((await agent.send('answerInteraction', { params: { id: 'int-missing' } })).status).toBe(404);
    for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect((await agent.send('getInteraction', { params: { id } })).status).toBe(404);
      expect((await agent.send('deleteLink', { params: { id, linkId: id } })).status).toBe(404);
      expect((await agent.send('getCard', { params: { id } })).status).toBe(404);
    }
    const res = await fetch(`${emulator.url}/cc/v1/calls`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: 'unauthorized' });
  });
});
