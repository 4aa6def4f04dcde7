import { requireFeature, type FeatureDisabled, type FeatureSwitches } from '../config/requireFeature';
import { sameRecord, type CrmRecordRef } from '../vocabulary/crmRecord';
import { linkId, type InteractionId } from '../vocabulary/ids';
import type { Link } from '../vocabulary/link';
import { isActiveLink } from './activeLink';
import { idempotencyKey } from './idempotencyKey';

export type LinkDecision = { link: Link } | { refused: 'already-linked' } | FeatureDisabled;

/** PRODUCT.md §2.1: the agent links a record to the interaction; a record is linked once at a time. */
export function linkRecord(
  existing: readonly Link[],
  interactionId: InteractionId,
  record: CrmRecordRef,
  at: string,
  config: FeatureSwitches,
): LinkDecision {
  const disabled = requireFeature(config, 'link');
  if (disabled) return disabled;
  const active = existing.some((l) => l.interactionId === interactionId && isActiveLink(l) && sameRecord(l.record, record));
  if (active) return { refused: 'already-linked' };
  return { link: { id: linkId(idempotencyKey(interactionId, record)), interactionId, record, state: 'linked', linkedAt: at } };
}
