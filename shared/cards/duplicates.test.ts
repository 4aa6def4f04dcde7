import { describe, expect, it } from 'vitest';
import type { CustomerCard, IdentityPoint } from '../vocabulary/card';
import type { Channel } from '../vocabulary/channel';
import { cardId, interactionId } from '../vocabulary/ids';
import { cardKeyFor } from './cardFacts';
import { buildCardIndex, cardFor, findDuplicates } from './cardIndex';
import { rankDuplicates } from './duplicates';
import { nameSimilarity, nameTokens } from './nameMatch';
import { searchCards } from './searchCards';

const contactRecord = { crm: 'salesforce' as const, object: 'Contact', id: '0035g00000Ana01AAA' };
let n = 0;
const card = (name: string, channel: Channel, points: IdentityPoint[], extra: Partial<CustomerCard> = {}): CustomerCard => ({
  id: cardId(`card-${++n}`),
  channel,
  name,
  identityPoints: points,
  interactionIds: [interactionId(`int-${n}`)],
  links: [],
  createdAt: `2025-03-0${n % 9}T10:00:00.000Z`,
  ...extra,
});

const open = card('Ana Müller', 'voice', [{ kind: 'phone', value: '+14155550101' }], { links: [contactRecord] });
const yesterdaysEmail = card('ana muller', 'email', [{ kind: 'email', value: 'Ana.Mueller@Example.com' }]);
const sameNumberTyped = card('A. M.', 'sms', [{ kind: 'phone', value: '(415) 555-0101' }]);
const sameRecord = card('Accounts Payable', 'chat', [{ kind: 'handle', channel: 'chat', value: 'visitor-81' }], {
  links: [{ ...contactRecord, id: '0035g00000Ana01' }],
});
const emailTwin = card('Ana Mueller', 'chat', [{ kind: 'email', value: 'ana.mueller@example.com' }]);
const stranger = card('Jordi Puig', 'voice', [{ kind: 'phone', value: '+34 612 345 678' }]);
const merged = card('Ana Müller', 'voice', [{ kind: 'phone', value: '+14155550101' }], { mergedInto: cardId('card-0') });
const all = [open, yesterdaysEmail, sameNumberTyped, sameRecord, emailTwin, stranger, merged];

describe('card identity (§6.1)', () => {
  it('§6.1 one card per contact per channel: the key joins channel and the normalized identity point', () => {
    expect(cardKeyFor('voice', { kind: 'phone', value: '(415) 555-0101' })).toBe('voice|phone:+14155550101');
    expect(cardKeyFor('sms', { kind: 'phone', value: '+1 415 555 0101' })).toBe('sms|phone:+14155550101');
    expect(cardKeyFor('email', { kind: 'email', value: ' Ana@Example.COM ' })).toBe('email|email:ana@example.com');
    expect(cardKeyFor('voice', { kind: 'phone', value: 'anonymous' })).toBeNull();
  });

  it('§6.1 finds the card of a known contact on a channel, not on another channel', () => {
    const index = buildCardIndex(all);
    expect(cardFor(index, 'voice', { kind: 'phone', value: '415.555.0101' })?.id).toBe(open.id);
    expect(cardFor(index, 'whatsapp', { kind: 'phone', value: '415.555.0101' })).toBeNull();
  });
});

describe('duplicate candidates (§6.2)', () => {
  it('§6.2 ranks cards with the same phone in any format, same email, similar name, same linked record', () => {
    const ranked = rankDuplicates(open, all);
    const byId = Object.fromEntries(ranked.map((r) => [r.card.id, r.reasons]));
    expect(byId[sameNumberTyped.id]).toEqual(['same-phone']);
    expect(byId[sameRecord.id]).toEqual(['same-linked-record']);
    expect(byId[yesterdaysEmail.id]).toEqual(['similar-name']);
    expect(byId[emailTwin.id]).toEqual(['similar-name']);
    expect(byId[stranger.id]).toBeUndefined();
    expect(ranked[0].card.id).toBe(sameRecord.id);
    expect(ranked.map((r) => r.score)).toEqual([...ranked.map((r) => r.score)].sort((a, b) => b - a));
  });

  it('§6.2 compares emails case-insensitively', () => {
    const ranked = rankDuplicates(yesterdaysEmail, all);
    expect(ranked.find((r) => r.card.id === emailTwin.id)?.reasons).toEqual(['same-email', 'similar-name']);
  });

  it('§6.2 never proposes the open card itself or a card already merged', () => {
    const ids = rankDuplicates(open, all).map((r) => r.card.id);
    expect(ids).not.toContain(open.id);
    expect(ids).not.toContain(merged.id);
  });

  it('§6.2 similar names fold accents and word order, by Levenshtein distance', () => {
    expect(nameTokens('García Lorca, Federico')).toEqual(['federico', 'garcia', 'lorca']);
    expect(nameSimilarity(nameTokens('Federico García Lorca'), nameTokens('García Lorca, Federico'))).toBe(1);
    expect(nameSimilarity(nameTokens('Jon Smith'), nameTokens('John Smith'))).toBeCloseTo(0.9);
    expect(nameSimilarity(nameTokens('Ana Müller'), nameTokens('Jordi Puig'))).toBeLessThan(0.5);
    expect(nameSimilarity([], nameTokens('Ana'))).toBe(0);
  });

  it('§6.2 the index finds the same candidates as scoring every card', () => {
    const index = buildCardIndex(all);
    for (const c of all.filter((x) => !x.mergedInto)) {
      expect(findDuplicates(index, c)).toEqual(rankDuplicates(c, all));
    }
  });

  it('§6.2 the index still finds a name misspelt in one word', () => {
    const federico = card('Federico García Lorca', 'voice', []);
    const typo = card('Federico Garcia Lorka', 'email', []);
    const index = buildCardIndex([federico, typo, stranger]);
    expect(findDuplicates(index, federico).map((d) => [d.card.id, d.reasons])).toEqual([[typo.id, ['similar-name']]]);
  });

  it('§6.2 limits the list when asked', () => {
    expect(findDuplicates(buildCardIndex(all), open, { limit: 2 })).toHaveLength(2);
  });
});

describe('searching all cards (§6.2)', () => {
  const index = buildCardIndex(all);
  it('§6.2 by phone in any format', () => {
    expect(searchCards(index, '415-555-0101').map((c) => c.id)).toEqual([open.id, sameNumberTyped.id]);
  });
  it('§6.2 by email whatever its case', () => {
    expect(searchCards(index, 'ANA.MUELLER@example.com').map((c) => c.id)).toEqual([yesterdaysEmail.id, emailTwin.id]);
  });
  it('§6.2 by name words as prefixes, accents folded, best first', () => {
    expect(searchCards(index, 'mül ana').map((c) => c.id).sort()).toEqual([open.id, yesterdaysEmail.id].sort());
    expect(searchCards(index, 'ana mueller').map((c) => c.id)).toEqual([emailTwin.id]);
    expect(searchCards(index, 'jordi').map((c) => c.id)).toEqual([stranger.id]);
    expect(searchCards(index, 'zz')).toEqual([]);
  });
});
