import type { Region } from '../phone/normalizePhone';
import type { CustomerCard, IdentityPoint } from '../vocabulary/card';
import type { Channel } from '../vocabulary/channel';
import type { CardId } from '../vocabulary/ids';
import { cardFacts, cardKeyFor, type CardFacts } from './cardFacts';
import { rankFacts, type DuplicateCandidate, type DuplicateOptions } from './duplicates';

/** Words shorter than this do not block: initials would put every card in one bucket. */
const MIN_TOKEN = 2;
const PREFIX = 2;

/**
 * Lookup maps over all cards so that finding one card's duplicates touches only the
 * cards sharing a phone, an email, a linked record or a name block, instead of every card.
 * `byNamePrefix` (first three letters of each word) serves the agent's search.
 */
export interface CardIndex {
  region: Region;
  facts: Map<CardId, CardFacts>;
  byKey: Map<string, CardId>;
  byPhone: Map<string, CardId[]>;
  byEmail: Map<string, CardId[]>;
  byRecord: Map<string, CardId[]>;
  byNameBlock: Map<string, CardId[]>;
  byNamePrefix: Map<string, CardId[]>;
}

const push = (map: Map<string, CardId[]>, key: string, id: CardId) => {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
};

/**
 * Blocking keys for similar names: for each pair of words, one word whole with the first
 * letters of the other, so a typo in one word still meets the other word's block.
 * Names similar enough to count share at least one key unless both words are misspelt.
 */
export function nameBlocks(tokens: readonly string[]): string[] {
  const words = [...new Set(tokens.filter((t) => t.length >= MIN_TOKEN))];
  if (words.length === 1) return [`=${words[0]}`];
  const keys = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      keys.add(`${words[i]}|${words[j].slice(0, PREFIX)}`);
      keys.add(`${words[i].slice(0, PREFIX)}|${words[j]}`);
    }
  }
  return [...keys];
}

export const namePrefixes = (tokens: readonly string[]): string[] => [...new Set(tokens.filter((t) => t.length >= 3).map((t) => t.slice(0, 3)))];

export function buildCardIndex(cards: readonly CustomerCard[], region: Region = 'US'): CardIndex {
  const index: CardIndex = {
    region,
    facts: new Map(),
    byKey: new Map(),
    byPhone: new Map(),
    byEmail: new Map(),
    byRecord: new Map(),
    byNameBlock: new Map(),
    byNamePrefix: new Map(),
  };
  for (const card of cards) {
    if (card.mergedInto) continue;
    const facts = cardFacts(card, region);
    index.facts.set(card.id, facts);
    for (const point of card.identityPoints) {
      const key = cardKeyFor(card.channel, point, region);
      if (key) index.byKey.set(key, card.id);
    }
    for (const phone of facts.phones) push(index.byPhone, phone, card.id);
    for (const email of facts.emails) push(index.byEmail, email, card.id);
    for (const record of facts.records) push(index.byRecord, record, card.id);
    for (const block of nameBlocks(facts.nameTokens)) push(index.byNameBlock, block, card.id);
    for (const prefix of namePrefixes(facts.nameTokens)) push(index.byNamePrefix, prefix, card.id);
  }
  indexMergedKeys(index, cards);
  return index;
}

/**
 * §6.3: a merged card's contact is the survivor's. The survivor keeps the merged cards' points
 * under its own channel, so their channel's keys are indexed to it as well: the next call from
 * the number of a merged voice card finds the survivor, not a new card. A live card's own key wins.
 */
function indexMergedKeys(index: CardIndex, cards: readonly CustomerCard[]): void {
  const byId = new Map(cards.map((card) => [card.id, card]));
  const survivorOf = (card: CustomerCard): CustomerCard | undefined => {
    const seen = new Set<string>();
    let current: CustomerCard | undefined = card;
    while (current?.mergedInto && !seen.has(current.id)) {
      seen.add(current.id);
      current = byId.get(current.mergedInto);
    }
    return current && !current.mergedInto ? current : undefined;
  };
  for (const card of cards) {
    if (!card.mergedInto) continue;
    const survivor = survivorOf(card);
    if (!survivor || !index.facts.has(survivor.id)) continue;
    for (const point of card.identityPoints) {
      const key = cardKeyFor(card.channel, point, index.region);
      if (key && !index.byKey.has(key)) index.byKey.set(key, survivor.id);
    }
  }
}

/** The card of this contact on this channel, if there is one (PRODUCT.md §6.1). */
export function cardFor(index: CardIndex, channel: Channel, point: IdentityPoint): CustomerCard | null {
  const key = cardKeyFor(channel, point, index.region);
  const id = key && index.byKey.get(key);
  return (id && index.facts.get(id)?.card) || null;
}

function candidateIds(index: CardIndex, facts: CardFacts): Set<CardId> {
  const ids = new Set<CardId>();
  const collect = (map: Map<string, CardId[]>, keys: readonly string[]) => {
    for (const key of keys) for (const id of map.get(key) ?? []) ids.add(id);
  };
  collect(index.byPhone, facts.phones);
  collect(index.byEmail, facts.emails);
  collect(index.byRecord, facts.records);
  collect(index.byNameBlock, nameBlocks(facts.nameTokens));
  return ids;
}

/** PRODUCT.md §6.2 over an index: the same ranking as `rankDuplicates`, without scoring every card. */
export function findDuplicates(index: CardIndex, card: CustomerCard, options: Omit<DuplicateOptions, 'region'> = {}): DuplicateCandidate[] {
  const facts = index.facts.get(card.id) ?? cardFacts(card, index.region);
  const candidates = [...candidateIds(index, facts)].map((id) => index.facts.get(id) as CardFacts);
  return rankFacts(facts, candidates, options);
}
