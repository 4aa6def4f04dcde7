import type { Link, LinkState } from '../vocabulary/link';

/** States in which a link still ties its record to the interaction (PRODUCT.md §2.1): unlinking applies to these. */
const ACTIVE_STATES: readonly LinkState[] = ['linked', 'due', 'written'];

export const isActiveLink = (link: Pick<Link, 'state'>): boolean => ACTIVE_STATES.includes(link.state);
