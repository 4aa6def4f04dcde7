import { requireFeature, type FeatureDisabled, type FeatureSwitches } from '../config/requireFeature';
import type { Region } from '../phone/normalizePhone';
import type { CustomerCard, IdentityPoint } from '../vocabulary/card';
import { recordKey, type CrmRecordRef } from '../vocabulary/crmRecord';
import type { CardId, InteractionId } from '../vocabulary/ids';
import { identityKey } from './cardFacts';

/** Enough to see who merged what, and to restore every card as it was. */
export interface MergeAudit {
  at: string;
  by: string;
  survivorId: CardId;
  mergedIds: CardId[];
  before: CustomerCard[];
  added: { identityPoints: IdentityPoint[]; interactionIds: InteractionId[]; links: CrmRecordRef[] };
}

export type MergeResult =
  | { survivor: CustomerCard; merged: CustomerCard[]; aliases: Record<string, CardId>; audit: MergeAudit }
  | { refused: 'nothing-to-merge' | 'same-card' | 'already-merged'; cardId?: CardId }
  | FeatureDisabled;

function unionBy<T>(base: readonly T[], extra: readonly T[], key: (item: T) => string | null): { all: T[]; added: T[] } {
  const seen = new Set(base.map(key));
  const added: T[] = [];
  for (const item of extra) {
    const k = key(item);
    if (seen.has(k)) continue;
    seen.add(k);
    added.push(item);
  }
  return { all: [...base, ...added], added };
}

/**
 * PRODUCT.md §6.3: one card keeps the union of identity points, interactions and links;
 * the others are remembered as merged into it, so their ids still resolve to it.
 */
export function mergeCards(
  survivor: CustomerCard,
  others: readonly CustomerCard[],
  at: string,
  by: string,
  config: FeatureSwitches & { phone?: { defaultRegion: Region } },
): MergeResult {
  const disabled = requireFeature(config, 'merge');
  if (disabled) return disabled;
  if (others.length === 0) return { refused: 'nothing-to-merge' };
  const same = others.find((c) => c.id === survivor.id);
  if (same) return { refused: 'same-card', cardId: same.id };
  const gone = [survivor, ...others].find((c) => c.mergedInto);
  if (gone) return { refused: 'already-merged', cardId: gone.id };

  const region = config.phone?.defaultRegion;
  const points = unionBy(survivor.identityPoints, others.flatMap((c) => c.identityPoints), (p) => identityKey(p, region) ?? `raw:${p.kind}:${p.value}`);
  const interactions = unionBy(survivor.interactionIds, others.flatMap((c) => c.interactionIds), String);
  const links = unionBy(survivor.links, others.flatMap((c) => c.links), recordKey);
  const name = survivor.name.trim() || others.find((c) => c.name.trim())?.name || '';

  return {
    survivor: { ...survivor, name, identityPoints: points.all, interactionIds: interactions.all, links: links.all },
    merged: others.map((c) => ({ ...c, mergedInto: survivor.id })),
    aliases: Object.fromEntries(others.map((c) => [c.id, survivor.id])),
    audit: {
      at,
      by,
      survivorId: survivor.id,
      mergedIds: others.map((c) => c.id),
      before: [survivor, ...others],
      added: { identityPoints: points.added, interactionIds: interactions.added, links: links.added },
    },
  };
}

/** The card an id stands for now: a merged card's id resolves to its survivor, through any chain. */
export function resolveCard(aliases: Readonly<Record<string, CardId>>, id: CardId): CardId {
  const seen = new Set<string>();
  let current = id;
  while (aliases[current] !== undefined && !seen.has(current)) {
    seen.add(current);
    current = aliases[current];
  }
  return current;
}
