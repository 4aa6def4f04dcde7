import type { NamespaceStore } from '../../store/store';
import { emptyZendeskData, type Organization, type StoredTicket, type User, type ZendeskData } from './types';

/**
 * The live Zendesk data with lookups kept in memory (never stored), rebuilt on start and
 * kept current by the functions that write.
 */
export interface ZendeskState {
  readonly data: ZendeskData;
  save(): Promise<void>;
  now(): Date;
  usersById: Map<number, User>;
  usersByEmail: Map<string, User>;
  ticketsById: Map<number, StoredTicket>;
  organizationsById: Map<number, Organization>;
  /** Bumped on every ticket or user write so that export orderings know to re-sort. */
  version: number;
}

export function createState(store: NamespaceStore<ZendeskData>, now: () => Date = () => new Date()): ZendeskState {
  const state: ZendeskState = {
    get data() {
      return store.data;
    },
    save: () => store.save(),
    now,
    usersById: new Map(),
    usersByEmail: new Map(),
    ticketsById: new Map(),
    organizationsById: new Map(),
    version: 0,
  };
  reindex(state);
  return state;
}

/** Rebuilds every lookup from the data (after start, or after data was loaded in bulk). */
export function reindex(state: ZendeskState): void {
  const { data } = state;
  fillCollections(state);
  state.usersById = new Map(data.users.map((u) => [u.id, u]));
  state.usersByEmail = new Map(data.users.filter((u) => u.email).map((u) => [u.email!.toLowerCase(), u]));
  state.ticketsById = new Map(data.tickets.map((t) => [t.ticket.id, t]));
  state.organizationsById = new Map(data.organizations.map((o) => [o.id, o]));
  state.version++;
}

/**
 * Data files from before a collection existed lack it; each starts empty, and memberships
 * start from the users' organizations.
 */
function fillCollections(state: ZendeskState): void {
  const data = state.data as Partial<ZendeskData> & ZendeskData;
  const empty = emptyZendeskData();
  for (const key of ['webhooks', 'triggers', 'ticketFields', 'ticketForms', 'attachments', 'satisfactionRatings'] as const) {
    (data as unknown as Record<string, unknown>)[key] ??= empty[key];
  }
  if (!data.organizationMemberships) {
    data.organizationMemberships = data.users
      .filter((u) => u.organization_id !== null)
      .map((u) => ({ id: data.nextId++, user_id: u.id, organization_id: u.organization_id!, default: true, created_at: u.created_at, updated_at: u.updated_at }));
  }
}

export function nextId(state: ZendeskState): number {
  return state.data.nextId++;
}

/** Zendesk writes times as ISO 8601 in UTC without fractions: `2024-01-01T10:00:00Z`. */
export function isoTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function epochSeconds(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000);
}
