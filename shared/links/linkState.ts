import type { CrmRecordRef } from '../vocabulary/crmRecord';
import type { Link, LinkState } from '../vocabulary/link';

/**
 * What happens to a link (PRODUCT.md §2): the write-back moment comes, the activity is
 * written (or the write fails and stays due, to be retried), the agent unlinks.
 */
export type LinkEvent =
  | { type: 'write-back-moment' }
  | { type: 'written'; activity: CrmRecordRef }
  | { type: 'write-failed' }
  | { type: 'unlink' };

export type LinkRefusal =
  | 'write-in-progress'
  | 'not-due'
  | 'already-unlinked'
  | 'updates-stopped';

export type LinkTransition = { link: Link } | { refused: LinkRefusal; state: LinkState; event: LinkEvent['type'] };

/** The link after an event at `at`, or why the event does not apply in its state. */
export function transitionLink(link: Link, event: LinkEvent, at: string): LinkTransition {
  const refuse = (refused: LinkRefusal): LinkTransition => ({ refused, state: link.state, event: event.type });
  const to = (state: LinkState, extra: Partial<Link> = {}): LinkTransition => ({ link: { ...link, ...extra, state } });
  switch (link.state) {
    case 'linked':
      if (event.type === 'write-back-moment') return to('due');
      if (event.type === 'unlink') return to('unlinked', { unlinkedAt: at });
      return refuse('not-due');
    case 'due':
      if (event.type === 'written') return to('written', { writtenAt: at, activity: event.activity });
      // A failed write is never lost: the link stays due and is retried with the same key.
      if (event.type === 'write-failed' || event.type === 'write-back-moment') return to('due');
      return refuse('write-in-progress');
    case 'written':
      // A later moment (a second transfer) updates the activity already written.
      if (event.type === 'write-back-moment') return to('due');
      if (event.type === 'unlink') return to('unlinked-after-write', { unlinkedAt: at });
      return refuse('not-due');
    case 'unlinked':
      return refuse('already-unlinked');
    case 'unlinked-after-write':
      return refuse(event.type === 'unlink' ? 'already-unlinked' : 'updates-stopped');
  }
}
