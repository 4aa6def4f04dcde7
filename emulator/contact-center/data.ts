import type { Channel, CrmRecordRef, CustomerCard, InteractionState, Link, MergeAudit } from '../../shared';
import type { NamespaceStore, Store } from '../store/store';
import type { TicketArchive } from './tickets/archive';

export type Role = 'agent' | 'admin';
export type AgentState = 'available' | 'unavailable';

export interface AgentRecord {
  id: string;
  name: string;
  username: string;
  passwordHash: string;
  role: Role;
  queues: string[];
  skills: string[];
  state: AgentState;
  /** When the agent last became free; the ACD offers work to the longest idle first. */
  idleSince: string;
}

export interface IvrResult {
  outcome: 'identified' | 'ambiguous' | 'not-identified';
  matches: { crm: CrmRecordRef['crm']; object: string; id: string; name: string }[];
  greeting: string;
  attempts: { kind: string; value: string; at: string }[];
}

export interface RoutingResult {
  queue: string;
  skills: string[];
  reasons: string[];
  /** Set by a transfer to a named agent: only that agent may take the interaction. */
  agentId?: string;
}

/** The contact center's view of one interaction (PRODUCT.md vocabulary, plus routing facts). */
export interface InteractionRecord {
  id: string;
  channel: Channel;
  state: InteractionState;
  from: string;
  to?: string;
  subject?: string;
  cardId?: string;
  agentId?: string;
  queuedAt?: string;
  startedAt: string;
  answeredAt?: string;
  endedAt?: string;
  acwCompletedAt?: string;
  closedAt?: string;
  transferredAt?: string;
  unassignedAt?: string;
  messages: { from: string; text: string; at: string; direction: 'inbound' | 'outbound' }[];
  ivr?: IvrResult;
  routing?: RoutingResult;
  participantData: Record<string, unknown>;
  interactionRecords: CrmRecordRef[];
  /** The record found by the IVR in the primary CRM, opened on answer (§7.6). */
  screenPop?: CrmRecordRef & { url: string };
  /** The same caller's record in each connected CRM, for the page of whichever CRM the agent works in. */
  screenPops?: (CrmRecordRef & { url: string })[];
  visited: (CrmRecordRef & { at: string })[];
  history: { state: InteractionState; at: string; event: string }[];
}

export interface OutboxItem {
  id: string;
  linkId: string;
  interactionId: string;
  key: string;
  attempts: number;
  nextAttemptAt: string;
  lastError?: string;
  doneAt?: string;
}

export interface ContactCenterData {
  agents: AgentRecord[];
  queues: { key: string; name: string }[];
  skills: string[];
  tokens: Record<string, { agentId: string; createdAt: string }>;
  config: unknown;
  interactions: Record<string, InteractionRecord>;
  cards: Record<string, CustomerCard>;
  cardAliases: Record<string, string>;
  /** Every merge, with the cards as they were before it (§6.3: merging can be audited). */
  audit: MergeAudit[];
  links: Record<string, Link>;
  outbox: OutboxItem[];
  sequence: number;
  /** Imported CRM users and tickets and the import runs (issue 10); created on first use. */
  ticketArchive?: TicketArchive;
}

export type ContactCenterStore = NamespaceStore<ContactCenterData>;

export function openContactCenterData(store: Store): ContactCenterStore {
  return store.namespace<ContactCenterData>('contactCenter', () => ({
    agents: [],
    queues: [],
    skills: [],
    tokens: {},
    config: undefined,
    interactions: {},
    cards: {},
    cardAliases: {},
    audit: [],
    links: {},
    outbox: [],
    sequence: 0,
  }));
}

/** Readable, ordered ids such as `int-000042`; unique within one store. */
export function nextId(data: ContactCenterData, prefix: string): string {
  data.sequence += 1;
  return `${prefix}-${String(data.sequence).padStart(6, '0')}`;
}

/**
 * The entry stored under a key a client sent, never an inherited property: ids such as
 * `constructor` or `__proto__` must find nothing.
 */
export function ownEntry<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
