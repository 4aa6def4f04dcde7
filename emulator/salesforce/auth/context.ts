import type { Store } from '../../store/store';
import type { RecordStore } from '../records/recordStore';
import type { AuthorizationCodes } from './authorizationCodes';
import type { ConnectedApp } from './connectedApps';

/** What the sign-in endpoints share: the org's data, its connected apps and its settings. */
export interface AuthContext {
  store: Store;
  records: RecordStore;
  apps: Map<string, ConnectedApp>;
  codes: AuthorizationCodes;
  sessionTimeoutMs: number;
  /** The emulator's configured origin; every URL in a response starts with it, never with `Host`. */
  selfUrl(): string;
}

/** The identity URL of a user: `{origin}/id/{orgId}/{userId}`. */
export const identityUrl = (origin: string, orgId: string, userId: string) => `${origin}/id/${orgId}/${userId}`;
