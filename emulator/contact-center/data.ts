import type { z } from 'zod';
import type { CustomerCard, interactionSchema, ivrResult, Link, MergeAudit, routingResult } from '../../shared';
import type { NamespaceStore, Store } from '../store/store';
import type { PushSourceRecord } from './tickets/pushSources';
import type { TicketArchive } from './tickets/archive';

export type Role = 'agent' | 'supervisor' | 'admin';
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
  /** The interaction the agent's card follows (issue 15); every open tab reads it from here. */
  focusInteractionId?: string;
}

export type IvrResult = z.output<typeof ivrResult>;
export type RoutingResult = z.output<typeof routingResult>;

/** The contact center's view of one interaction: the contract's one shape of it. */
export type InteractionRecord = z.output<typeof interactionSchema>;

export interface OutboxItem {
  id: string;
  linkId: string;
  interactionId: string;
  key: string;
  attempts: number;
  nextAttemptAt: string;
  lastError?: string;
  doneAt?: string;
  /** Set when the outbox gave up after `writeBack.maxAttempts` tries; the agent may retry. */
  gaveUpAt?: string;
}

export interface SessionRecord {
  agentId: string;
  createdAt: string;
  lastSeenAt?: string;
}

export interface AccessAuditEntry {
  at: string;
  actorId: string;
  role: Role;
  interactionId: string;
  assignedTo?: string;
  operation: string;
}

export interface ConfigAuthor {
  id: string;
  name: string;
}

export interface ConfigChangeRecord {
  path: string;
  before?: unknown;
  after?: unknown;
}

/** The queues, skills and agents' queues and skills that routing rules name (§7.3), as one version holds them. */
export interface RoutingSetupSnapshot {
  queues: { key: string; name: string }[];
  skills: string[];
  agents: { id: string; queues: string[]; skills: string[] }[];
}

export interface ConfigVersionRecord {
  version: number;
  author: ConfigAuthor;
  at: string;
  /** `setup`: the queues and skills changed, the configuration stayed. */
  action: 'initial' | 'save' | 'publish' | 'rollback' | 'setup';
  rollbackOf?: number;
  changes: ConfigChangeRecord[];
  /** The whole configuration as saved (secrets included: it is what calls run with). */
  config: unknown;
  /** The routing setup with it; absent in versions saved before the setup was versioned (a rollback to them keeps today's). */
  setup?: RoutingSetupSnapshot;
}

export interface ConfigAuditRecord {
  at: string;
  actor: ConfigAuthor & { role: Role };
  action: 'save' | 'draft' | 'discard-draft' | 'publish' | 'rollback' | 'setup';
  version?: number;
  changes: ConfigChangeRecord[];
}

export interface ConfigHistory {
  versions: ConfigVersionRecord[];
  draft?: { author: ConfigAuthor; at: string; basedOn: number; config: unknown };
  audit: ConfigAuditRecord[];
}

export interface ContactCenterData {
  agents: AgentRecord[];
  queues: { key: string; name: string }[];
  skills: string[];
  /** Sessions by the sha256 of their token (a stolen data file signs no one in). */
  tokens: Record<string, SessionRecord>;
  /** The customer side's capability per interaction, as a sha256 (finding 2). */
  customerTokens?: Record<string, string>;
  /** Supervisors' and admins' actions on interactions assigned to someone else. */
  accessAudit?: AccessAuditEntry[];
  config: unknown;
  /** Every saved version of the configuration, the admin's draft and who changed what (issue 18); created on first use. */
  configHistory?: ConfigHistory;
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
  /** Per agent id: the filters shown in the ticket search panel, when the agent chose them. */
  ticketFilterPreferences?: Record<string, string[]>;
  /** Systems allowed to push tickets through the open import API, by id. */
  pushSources?: Record<string, PushSourceRecord>;
}

export type ContactCenterStore = NamespaceStore<ContactCenterData>;

/** Per live document: where its ids come from when several instances share the store. */
const sharedSequences = new WeakMap<ContactCenterData, () => number>();

export function openContactCenterData(store: Store): ContactCenterStore {
  const cc = openNamespace(store);
  const cluster = store.cluster;
  if (cluster) sharedSequences.set(cc.data, () => cluster.nextNumber());
  return cc;
}

function openNamespace(store: Store): ContactCenterStore {
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

/**
 * Readable, ordered ids such as `int-000042`; unique within one store. Instances sharing a
 * database take them from the store's shared sequence instead of the document's counter, which
 * two of them would advance at once.
 */
export function nextId(data: ContactCenterData, prefix: string): string {
  const shared = sharedSequences.get(data);
  const number = shared ? shared() : (data.sequence += 1);
  return `${prefix}-${String(number).padStart(6, '0')}`;
}

/**
 * The entry stored under a key a client sent, never an inherited property: ids such as
 * `constructor` or `__proto__` must find nothing.
 */
export function ownEntry<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
