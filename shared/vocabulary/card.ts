import type { Channel } from './channel';
import type { CrmRecordRef } from './crmRecord';
import type { CardId, InteractionId } from './ids';

/** A way to reach the contact: phone numbers are kept in E.164, emails in lower case. */
export type IdentityPoint =
  | { kind: 'phone'; value: string }
  | { kind: 'email'; value: string }
  | { kind: 'handle'; channel: Channel; value: string };

/** What the product knows about one contact on one channel (PRODUCT.md §6.1). */
export interface CustomerCard {
  id: CardId;
  channel: Channel;
  name: string;
  identityPoints: IdentityPoint[];
  interactionIds: InteractionId[];
  links: CrmRecordRef[];
  createdAt: string;
  /** Set when this card was merged into another; its id then resolves to the survivor. */
  mergedInto?: CardId;
}

/** The person interacting with an agent, IVR or bot. */
export interface Contact {
  name: string;
  firstName?: string;
  lastName?: string;
  identityPoints: IdentityPoint[];
}
