import { randomBytes, randomUUID } from 'node:crypto';
import type { NamespaceStore, Store } from '../../store/store';
import type { Row } from '../schema/types';

/** An Entra ID app registration allowed to call the environment, with its secret hashed. */
export interface AppRegistration {
  clientId: string;
  tenant: string;
  displayName: string;
  secretSalt: string;
  secretHash: string;
  /** The application user the app acts as inside Dataverse (WhoAmI's UserId). */
  applicationUserId: string;
}

/** What the `dynamics` store namespace holds. */
export interface DynamicsData {
  /** table logical name -> primary id -> row. */
  tables: Record<string, Record<string, Row>>;
  /** table logical name -> last auto-number handed out. */
  counters: Record<string, number>;
  /** The last row version handed out: like SQL rowversion, one counter for the whole database. */
  version: number;
  apps: Record<string, AppRegistration>;
  organizationId: string;
  businessUnitId: string;
  /** HMAC key that signs the access tokens this environment accepts. */
  signingKey: string;
}

export const emptyData = (): DynamicsData => ({
  tables: {},
  counters: {},
  version: 1_000_000,
  apps: {},
  organizationId: randomUUID(),
  businessUnitId: randomUUID(),
  signingKey: randomBytes(32).toString('base64url'),
});

/** The one place that opens this part's store namespace. */
export function openDynamicsData(store: Store): NamespaceStore<DynamicsData> {
  return store.namespace<DynamicsData>('dynamics', emptyData);
}
