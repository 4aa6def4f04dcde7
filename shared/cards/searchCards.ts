import { normalizePhone } from '../phone/normalizePhone';
import type { CustomerCard } from '../vocabulary/card';
import type { CardId } from '../vocabulary/ids';
import { normalizeEmail, type CardFacts } from './cardFacts';
import type { CardIndex } from './cardIndex';
import { nameSimilarity, nameTokens } from './nameMatch';

const MIN_DIGITS = 6;
const LOOKS_LIKE_PHONE = /^\+?[\d\s()./-]+(?:\s*(?:x|ext\.?)\s*\d+)?$/i;

/**
 * PRODUCT.md §6.2: the agent searches all cards by phone (any format), email or name.
 * Name words match as prefixes ("ana mü" finds "Ana Müller"); best matches first.
 */
export function searchCards(index: CardIndex, query: string, limit = 20): CustomerCard[] {
  const text = query.trim();
  if (text.includes('@')) return cardsOf(index, index.byEmail.get(normalizeEmail(text)) ?? [], limit);
  const digits = text.replace(/\D/g, '').length;
  const phone = digits >= MIN_DIGITS && LOOKS_LIKE_PHONE.test(text) ? normalizePhone(text, index.region) : null;
  if (phone) return cardsOf(index, index.byPhone.get(phone) ?? [], limit);
  return searchByName(index, nameTokens(text), limit);
}

function cardsOf(index: CardIndex, ids: readonly CardId[], limit: number): CustomerCard[] {
  return ids.slice(0, limit).map((id) => (index.facts.get(id) as CardFacts).card);
}

function searchByName(index: CardIndex, words: string[], limit: number): CustomerCard[] {
  const usable = words.filter((w) => w.length >= 3);
  if (usable.length === 0) return [];
  // The rarest word's block holds every card that can match all words.
  const blocks = usable.map((w) => index.byNamePrefix.get(w.slice(0, 3)) ?? []);
  const smallest = blocks.reduce((a, b) => (b.length < a.length ? b : a));
  const hits: { facts: CardFacts; similarity: number }[] = [];
  for (const id of new Set(smallest)) {
    const facts = index.facts.get(id) as CardFacts;
    const matchesAll = usable.every((w) => facts.nameTokens.some((t) => t.startsWith(w)));
    if (matchesAll) hits.push({ facts, similarity: nameSimilarity(words, facts.nameTokens) });
  }
  hits.sort((a, b) => b.similarity - a.similarity || a.facts.card.name.localeCompare(b.facts.card.name));
  return hits.slice(0, limit).map((h) => h.facts.card);
}
