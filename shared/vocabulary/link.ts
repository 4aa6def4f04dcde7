import type { CrmRecordRef } from './crmRecord';
import type { InteractionId, LinkId } from './ids';

/**
 * A link ties a CRM record to an interaction so that the interaction is written back to
 * it (PRODUCT.md §2). `due`: the write-back moment came and the activity is being written.
 */
export type LinkState = 'linked' | 'due' | 'written' | 'unlinked' | 'unlinked-after-write';

export interface Link {
  id: LinkId;
  interactionId: InteractionId;
  record: CrmRecordRef;
  state: LinkState;
  linkedAt: string;
  writtenAt?: string;
  unlinkedAt?: string;
  /** The activity written back on the record, once written. */
  activity?: CrmRecordRef;
}
