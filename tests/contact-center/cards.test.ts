import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { login } from '../salesforce/connect';
import { startMemoryEmulator } from '../support/emulator';
import { openEvents, signInCc, type SignedInClient as CcClient } from '../support/cc';
import type { CcContract, RouteResponse } from '../../shared/contract';
import { act, link, placeCall, setState, type Ref } from './flow';

type Card = RouteResponse<CcContract['getCard']>['card'];

describe('cards: live updates, duplicates and merging (§1.2, §6)', () => {
  let emulator: RunningEmulator;
  let agent: CcClient;
  let events: Awaited<ReturnType<typeof openEvents>>;
  const records: Record<string, Ref> = {};

  const digital = async (channel: string, from: string, text: string) => {
    const res = await agent.send('startDigitalInteraction', { body: { channel, from, text } });
    expect(res.status).toBe(201);
    return res.body.interaction;
  };
  const card = async (id: string) => await agent.call('getCard', { params: { id } });

  beforeAll(async () => {
    emulator = await startMemoryEmulator();
    agent = await signInCc(emulator.url);
    const sf = await login(emulator);
    const id = async (soql: string) => (await sf.query<{ Id: string }>(soql)).records[0].Id;
    records.contact = { crm: 'salesforce', object: 'Contact', id: await id("SELECT Id FROM Contact WHERE Email = 'maria.garcia@acme.example'") };
    records.account = { crm: 'salesforce', object: 'Account', id: await id("SELECT Id FROM Account WHERE AccountNumber = 'ACC-10001'") };
    records.case = { crm: 'salesforce', object: 'Case', id: await id("SELECT Id FROM Case WHERE Contact.Email = 'maria.garcia@acme.example'") };
    events = await openEvents(agent);
    await setState(agent, 'available');
  });
  afterAll(async () => {
    events.close();
    await emulator.close();
  });

  const cards: Record<string, string> = {};
  const interactions: Record<string, string> = {};

  it('alerts the agent with queue, skills and participant data, and refreshes the card on every message and link', async () => {
    const call = await placeCall(agent, '+1 (415) 555-1000');
    const alert = await events.next('interaction.alerting');
    expect(alert.data).toMatchObject({
      queue: 'retention',
      skills: ['retention', 'spanish', 'business'],
      participantData: { NPS__c: 0, Subscription_Level__c: 'Business', Preferred_Language__c: 'Spanish', crmRecord: { object: 'Contact', name: 'Maria García' } },
    });
    await act(agent, call, 'answer');
    await link(agent, call, records.contact);
    expect((await events.next('card.updated')).data).toMatchObject({ cardId: call.cardId, reason: 'link', link: { record: records.contact, state: 'linked' } });
    cards.voice = call.cardId!;

    const email = await digital('email', 'maria.garcia@acme.example', 'Can you move my service to the new office?');
    expect((await events.next('interaction.alerting')).data).toMatchObject({ interaction: { id: email.id, state: 'assigned' } });
    const reply = await agent.send('postMessage', { params: { id: email.id }, body: { from: 'maria.garcia@acme.example', text: 'The new address is 200 Valencia St.' } });
    expect(reply.status).toBe(201);
    expect((await events.next('card.updated')).data).toMatchObject({ cardId: email.cardId, reason: 'message', message: { text: 'The new address is 200 Valencia St.', direction: 'inbound' } });
    await link(agent, email, records.case);
    expect((await events.next('card.updated')).data).toMatchObject({ reason: 'link', link: { record: records.case } });
    await act(agent, email, 'unassign');
    // The write-back done, the card learns the link's new state.
    expect((await events.next('card.updated')).data).toMatchObject({ reason: 'link', link: { record: records.case, state: 'written' } });
    cards.email = email.cardId!;

    const chat = await digital('chat', 'maria.garcia@acme.example', 'Hola, is anyone there?');
    await link(agent, chat, records.account);
    expect((await events.next('card.updated')).data).toMatchObject({ cardId: chat.cardId, reason: 'link', link: { record: records.account } });
    cards.chat = chat.cardId!;
    interactions.chat = chat.id;
    expect(new Set(Object.values(cards)).size).toBe(3);
  });

  it('ranks the probable duplicates with their reasons', async () => {
    const res = await agent.send('findDuplicates', { params: { id: cards.voice } });
    expect(res.status).toBe(200);
    const { duplicates } = res.body;
    expect(duplicates.map((d) => d.card.id)).toEqual(expect.arrayContaining([cards.email, cards.chat]));
    expect(duplicates.map((d) => d.score)).toEqual([...duplicates.map((d) => d.score)].sort((a, b) => b - a));
    expect(duplicates.find((d) => d.card.id === cards.email)?.reasons).toContain('similar-name');
    expect(duplicates.every((d) => d.reasons.length > 0)).toBe(true);
  });

  it('merges three cards into one with every identity point, interaction and link, and the old ids still resolve', async () => {
    const before = await Promise.all(Object.values(cards).map(async (id) => (await card(id)).card));
    const res = await agent.send('mergeCards', { params: { id: cards.voice }, body: { cardIds: [cards.email, cards.chat] } });
    expect(res.status).toBe(200);
    expect(res.body.message).toMatch(/Merged 2 card/);
    expect((await events.next('card.updated')).data).toMatchObject({ cardId: cards.voice, reason: 'merge', merged: [cards.email, cards.chat] });

    const survivor = res.body.card;
    const union = <T>(pick: (c: Card) => T[], key: (t: T) => string) => new Set(before.flatMap(pick).map(key));
    expect(new Set(survivor.identityPoints.map((p) => `${p.kind}:${p.value}`))).toEqual(union((c) => c.identityPoints, (p) => `${p.kind}:${p.value}`));
    expect(new Set(survivor.interactionIds)).toEqual(union((c) => c.interactionIds, (i) => i));
    expect(survivor.interactionIds).toHaveLength(3);
    expect(new Set(survivor.links.map((l) => l.id))).toEqual(new Set([records.contact.id, records.case.id, records.account.id]));

    for (const old of [cards.email, cards.chat]) {
      const resolved = await card(old);
      expect(resolved.card.id).toBe(cards.voice);
      expect(resolved.resolvedFrom).toBe(old);
    }
    const audit = await agent.send('getCardAudit', { params: { id: cards.email } });
    expect(audit.body.audit).toHaveLength(1);
    expect(audit.body.audit[0]).toMatchObject({ survivorId: cards.voice, mergedIds: [cards.email, cards.chat] });
    const search = await agent.send('searchCards', { query: { q: 'Maria Garcia' } });
    expect(search.body.cards.map((c) => c.id)).toEqual([cards.voice]);
  });

  it('answers an interaction with its card in one read when asked (`include=card`), as getCard answers it, and alone otherwise', async () => {
    // The chat's own card was merged away: both reads give the survivor.
    const params = { id: interactions.chat };
    const withCard = await agent.call('getInteraction', { params, query: { include: 'card' } });
    expect(withCard.interaction.id).toBe(interactions.chat);
    expect(withCard.card).toEqual((await card(cards.chat)).card);
    expect(withCard.card?.id).toBe(cards.voice);
    const alone = await agent.call('getInteraction', { params });
    expect(alone).toEqual({ interaction: withCard.interaction });
  });
});
