import { recordKey, type CrmRecordRef } from '../vocabulary/crmRecord';

const MAX_LENGTH = 80;

/** FNV-1a, 32 bits: deterministic in every runtime, no crypto API needed. */
function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** 64 bits from two differently seeded passes keep collisions negligible for one interaction's links. */
const shortHash = (text: string): string =>
  fnv1a(text).toString(36).padStart(7, '0') + fnv1a(text, 0x01234567).toString(36).padStart(7, '0');

/**
 * The same key for every attempt to write one interaction on one record (PRODUCT.md §2.3:
 * never done twice). Adapters store it on the activity (e.g. an external-id field) and
 * look it up before creating. Short enough for a 255-character text field or an 80-character header.
 */
export function idempotencyKey(interactionId: string, record: CrmRecordRef): string {
  const recordPart = shortHash(recordKey(record));
  const safeId = interactionId.replace(/[^A-Za-z0-9_-]/g, '_');
  const key = `cc-${safeId}-${recordPart}`;
  return key.length <= MAX_LENGTH ? key : `cc-${shortHash(interactionId)}-${recordPart}`;
}
