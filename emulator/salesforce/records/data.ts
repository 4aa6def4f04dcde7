import type { SfRecord } from '../model/types';
import type { Store } from '../../store/store';

/** What the Salesforce emulation keeps in its store namespace (indexes live in memory). */
export interface SalesforceData {
  orgId: string;
  /** Object name -> 18-character id -> record, including the recycle bin (IsDeleted). */
  records: Record<string, Record<string, SfRecord>>;
  /** Key prefix -> last serial number used in an id. */
  serials: Record<string, number>;
  /** Last Case auto-number. */
  caseNumber: number;
  sessions: Record<string, StoredSession>;
  refreshTokens: Record<string, { userId: string; clientId: string; scopes?: string[] }>;
  /** Credentials by username, scrypt-hashed; passwords never appear in the User records. */
  credentials: Record<string, { userId: string; passwordHash: string }>;
  /** User id -> record ids the user viewed, most recent first (the `recent` resource). */
  recentlyViewed?: Record<string, string[]>;
  /** Record id deleted by a call -> ids of the details deleted with it (restored together by undelete). */
  recycleBin?: Record<string, string[]>;
}

export interface StoredSession {
  userId: string;
  issuedAt: string;
  clientId?: string;
  /** The refresh token this access token came from; revoking that token ends the session. */
  refreshToken?: string;
}

/**
 * A stored entry by a key a client sent (session id, username, client id): only the table's
 * own keys count, so `constructor` or `__proto__` never find an inherited value.
 */
export function entry<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

const ORG_ID = '00DDn00000CCard0MAK';

/** Opens (and completes) the namespace; every part of the emulation goes through here. */
export function openSalesforceData(store: Store) {
  const ns = store.namespace<SalesforceData>('salesforce', () => ({
    orgId: ORG_ID, records: {}, serials: {}, caseNumber: 1000, sessions: {}, refreshTokens: {}, credentials: {},
  }));
  return ns;
}
