import type { Region } from '../phone/normalizePhone';
import type { CustomerCard } from '../vocabulary/card';
import { cardFacts, type CardFacts } from './cardFacts';
import { nameSimilarity } from './nameMatch';

export type DuplicateReason = 'same-phone' | 'same-email' | 'similar-name' | 'same-linked-record';

export interface DuplicateCandidate {
  card: CustomerCard;
  score: number;
  reasons: DuplicateReason[];
}

export interface DuplicateOptions {
  region?: Region;
  /** Name similarity (0..1) from which two names count as similar. */
  nameThreshold?: number;
  limit?: number;
}

/** A shared linked record is the strongest sign; a similar name alone the weakest. */
const WEIGHTS = { 'same-linked-record': 0.5, 'same-phone': 0.4, 'same-email': 0.4, 'similar-name': 0.3 } as const;

const shares = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));

/** Why `other` is probably the same contact as `open` (PRODUCT.md §6.2), or null. */
export function duplicateScore(open: CardFacts, other: CardFacts, nameThreshold = 0.8): Omit<DuplicateCandidate, 'card'> | null {
  const reasons: DuplicateReason[] = [];
  let score = 0;
  const add = (reason: DuplicateReason, weight = 1) => {
    reasons.push(reason);
    score += WEIGHTS[reason] * weight;
  };
  if (shares(open.phones, other.phones)) add('same-phone');
  if (shares(open.emails, other.emails)) add('same-email');
  if (shares(open.records, other.records)) add('same-linked-record');
  const similarity = nameSimilarity(open.nameTokens, other.nameTokens);
  if (similarity >= nameThreshold) add('similar-name', similarity);
  return reasons.length === 0 ? null : { score: Math.round(score * 1000) / 1000, reasons };
}

/** Ranks already computed facts: best score first, then the older card first (the likely survivor). */
export function rankFacts(open: CardFacts, candidates: Iterable<CardFacts>, options: DuplicateOptions = {}): DuplicateCandidate[] {
  const ranked: DuplicateCandidate[] = [];
  for (const other of candidates) {
    if (other.card.id === open.card.id || other.card.mergedInto) continue;
    const found = duplicateScore(open, other, options.nameThreshold);
    if (found) ranked.push({ card: other.card, ...found });
  }
  ranked.sort((a, b) => b.score - a.score || a.card.createdAt.localeCompare(b.card.createdAt) || a.card.id.localeCompare(b.card.id));
  return options.limit === undefined ? ranked : ranked.slice(0, options.limit);
}

/** PRODUCT.md §6.2: the cards that are probably duplicates of the open one, ranked, with reasons. */
export function rankDuplicates(card: CustomerCard, candidates: readonly CustomerCard[], options: DuplicateOptions = {}): DuplicateCandidate[] {
  return rankFacts(
    cardFacts(card, options.region),
    candidates.map((c) => cardFacts(c, options.region)),
    options,
  );
}
