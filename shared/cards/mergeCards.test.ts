import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../config/parseConfig';
import { switchFeature } from '../config/requireFeature';
import type { CustomerCard } from '../vocabulary/card';
import { cardId, interactionId } from '../vocabulary/ids';
import { buildCardIndex, cardFor } from './cardIndex';
import { mergeCards, resolveCard } from './mergeCards';

const config = defaultConfig();
const AT = '2025-03-05T08:30:00.000Z';
const ana = { crm: 'salesforce' as const, object: 'Contact', id: '0035g00000Ana01AAA' };
const alpine = { crm: 'salesforce' as const, object: 'Account', id: '0015g00000Alp01AAA' };

const voice: CustomerCard = {
  id: cardId('card-voice'),
  channel: 'voice',
  name: 'Ana Müller',
  identityPoints: [{ kind: 'phone', value: '+14155550101' }],
  interactionIds: [interactionId('int-1')],
  links: [ana],
  createdAt: '2025-03-01T09:00:00.000Z',
};
const email: CustomerCard = {
  id: cardId('card-email'),
  channel: 'email',
  name: 'ana muller',
  identityPoints: [{ kind: 'email', value: 'ana.mueller@example.com' }, { kind: 'phone', value: '(415) 555-0101' }],
  interactionIds: [interactionId('int-2'), interactionId('int-1')],
  links: [{ ...ana, id: '0035g00000Ana01' }, alpine],
  createdAt: '2025-03-02T09:00:00.000Z',
};
const whatsapp: CustomerCard = {
  id: cardId('card-wa'),
  channel: 'whatsapp',
  name: '',
  identityPoints: [{ kind: 'handle', channel: 'whatsapp', value: '+41 79 123 45 67' }],
  interactionIds: [interactionId('int-3')],
  links: [],
  createdAt: '2025-03-03T09:00:00.000Z',
};

const merge = (survivor: CustomerCard, others: CustomerCard[]) => {
  const result = mergeCards(survivor, others, AT, 'agent:jordi.puig', config);
  if (!('survivor' in result)) throw new Error(`refused ${result.refused}`);
  return result;
};

describe('merging cards (§6.3)', () => {
  it('§6.3 a merge of three cards keeps every identity point, interaction and link', () => {
    const { survivor } = merge(voice, [email, whatsapp]);
    expect(survivor.identityPoints).toEqual([
      { kind: 'phone', value: '+14155550101' },
      { kind: 'email', value: 'ana.mueller@example.com' },
      { kind: 'handle', channel: 'whatsapp', value: '+41 79 123 45 67' },
    ]);
    expect(survivor.interactionIds).toEqual(['int-1', 'int-2', 'int-3']);
    expect(survivor.links).toEqual([ana, alpine]);
    expect(survivor.name).toBe('Ana Müller');
    for (const other of [email, whatsapp]) {
      for (const i of other.interactionIds) expect(survivor.interactionIds).toContain(i);
    }
  });

  it('§6.3 the merged cards are remembered and their ids resolve to the survivor', () => {
    const { merged, aliases } = merge(voice, [email, whatsapp]);
    expect(merged.map((c) => c.mergedInto)).toEqual([voice.id, voice.id]);
    expect(aliases).toEqual({ 'card-email': voice.id, 'card-wa': voice.id });
    expect(resolveCard(aliases, email.id)).toBe(voice.id);
    expect(resolveCard(aliases, voice.id)).toBe(voice.id);
  });

  it('§6.3 ids resolve through a chain of merges, and a loop does not hang', () => {
    const aliases = { a: cardId('b'), b: cardId('c') };
    expect(resolveCard(aliases, cardId('a'))).toBe('c');
    expect(resolveCard({ a: cardId('b'), b: cardId('a') }, cardId('a'))).toMatch(/^[ab]$/);
  });

  it('§6.3 the merge can be audited: who, when, what was added, every card as it was', () => {
    const { audit } = merge(voice, [email, whatsapp]);
    expect(audit).toMatchObject({ at: AT, by: 'agent:jordi.puig', survivorId: voice.id, mergedIds: [email.id, whatsapp.id] });
    expect(audit.before).toEqual([voice, email, whatsapp]);
    expect(audit.added.interactionIds).toEqual(['int-2', 'int-3']);
    expect(audit.added.links).toEqual([alpine]);
  });

  it('§6.3 takes a name from a merged card when the survivor has none', () => {
    expect(merge(whatsapp, [voice]).survivor.name).toBe('Ana Müller');
  });

  it('§6.3 refuses merging a card into itself, an already merged card, or nothing', () => {
    expect(mergeCards(voice, [voice], AT, 'x', config)).toEqual({ refused: 'same-card', cardId: voice.id });
    expect(mergeCards(voice, [{ ...email, mergedInto: cardId('card-x') }], AT, 'x', config)).toEqual({
      refused: 'already-merged',
      cardId: email.id,
    });
    expect(mergeCards(voice, [], AT, 'x', config)).toEqual({ refused: 'nothing-to-merge' });
  });

  it('§1.3 merging is refused when the feature is off', () => {
    expect(mergeCards(voice, [email], AT, 'x', switchFeature(config, 'merge', false))).toEqual({ refused: 'feature-disabled', feature: 'merge' });
  });
});

describe('after a merge (issue 15 item 8, §6.3)', () => {
  it('the merged card’s contact on its own channel finds the survivor in the index', () => {
    const result = mergeCards(email, [voice], AT, 'admin', config);
    if (!('survivor' in result)) throw new Error('not merged');
    const index = buildCardIndex([result.survivor, ...result.merged]);
    expect(cardFor(index, 'voice', { kind: 'phone', value: '+1 415 555 0101' })?.id).toBe(email.id);
    expect(cardFor(index, 'email', { kind: 'email', value: 'ana.mueller@example.com' })?.id).toBe(email.id);
  });
});
