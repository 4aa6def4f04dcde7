import type { CrmRecordRef } from './crmRecord';
import type { InteractionId, LinkId } from './ids';

/**
 * A link ties a CRM record to an interaction so that the interaction is written back to
 * it (PRODUCT.md §2). `due`: the write-back moment came and the activity is being written.
 */
export type LinkState = 'linked' | 'due' | 'written' | 'unlinked' | 'unlinked-after-write';

/**
 * Where a due link's write-back stands (issue 15 item 7): waiting for its first try, written,
 * retrying after the CRM's error, or given up after the configured number of tries.
 */
export interface LinkWriteBack {
  status: 'pending' | 'written' | 'retrying' | 'failed';
  attempts: number;
  lastError?: string;
  nextAttemptAt?: string;
}

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
  writeBack?: LinkWriteBack;
}
