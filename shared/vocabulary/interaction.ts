import type { Channel } from './channel';
import type { CrmRecordRef } from './crmRecord';
import type { AgentId, CardId, InteractionId } from './ids';

/** Lifecycle of a call (PRODUCT.md §2.3, §7). */
export const VOICE_STATES = ['ivr', 'queued', 'alerting', 'connected', 'acw', 'closed'] as const;
/** Lifecycle of a digital interaction: email, chat, messages. */
export const DIGITAL_STATES = ['queued', 'assigned', 'transferred', 'unassigned', 'closed'] as const;

export type VoiceState = (typeof VOICE_STATES)[number];
export type DigitalState = (typeof DIGITAL_STATES)[number];
export type InteractionState = VoiceState | DigitalState;

/** The words an agent reads for each state: the same in the desktop and in both CRMs' cards. */
export const INTERACTION_STATE_LABELS: Record<InteractionState, string> = {
  ivr: 'In the IVR',
  queued: 'Queued',
  alerting: 'Ringing',
  connected: 'On call',
  acw: 'Wrap-up',
  assigned: 'Assigned',
  transferred: 'Transferred',
  unassigned: 'Unassigned',
  closed: 'Ended',
};

/** A state in words; a state this version does not know stays as the service sent it. */
export const interactionStateLabel = (state: string): string => INTERACTION_STATE_LABELS[state as InteractionState] ?? state;

/** The lifecycle events that move an interaction on. */
export type LifecycleEvent =
  | 'identified'
  | 'routed'
  | 'offered'
  | 'answer'
  | 'hangup'
  | 'acw-complete'
  | 'assign'
  | 'transfer'
  | 'unassign'
  | 'close';

const VOICE_TRANSITIONS: Record<VoiceState, Partial<Record<LifecycleEvent, VoiceState>>> = {
  ivr: { routed: 'queued', hangup: 'closed' },
  queued: { offered: 'alerting', hangup: 'closed' },
  alerting: { answer: 'connected', hangup: 'closed', transfer: 'queued' },
  connected: { hangup: 'acw', transfer: 'queued' },
  acw: { 'acw-complete': 'closed' },
  closed: {},
};

const DIGITAL_TRANSITIONS: Record<DigitalState, Partial<Record<LifecycleEvent, DigitalState>>> = {
  queued: { assign: 'assigned', close: 'closed' },
  assigned: { transfer: 'transferred', unassign: 'unassigned', close: 'closed' },
  transferred: { assign: 'assigned', close: 'closed' },
  unassigned: { assign: 'assigned', close: 'closed' },
  closed: {},
};

/** The next state, or null when the event is not allowed in the current state. */
export function nextState(channel: Channel, state: InteractionState, event: LifecycleEvent): InteractionState | null {
  const table = channel === 'voice' ? VOICE_TRANSITIONS : DIGITAL_TRANSITIONS;
  return (table as Record<string, Partial<Record<LifecycleEvent, InteractionState>>>)[state]?.[event] ?? null;
}

export interface InteractionMessage {
  from: string;
  text: string;
  at: string;
  direction: 'inbound' | 'outbound';
}

/** One whole conversation with an agent through one channel. */
export interface Interaction {
  id: InteractionId;
  channel: Channel;
  state: InteractionState;
  /** The phone number, email address or handle the contact used. */
  from: string;
  to?: string;
  subject?: string;
  cardId?: CardId;
  agentId?: AgentId;
  startedAt: string;
  answeredAt?: string;
  endedAt?: string;
  closedAt?: string;
  messages: InteractionMessage[];
  /** The interaction record in each CRM (Salesforce Task, ServiceNow interaction). */
  interactionRecords: CrmRecordRef[];
  /** Records the agent opened while the interaction was going on, oldest first. */
  visited: CrmRecordRef[];
}
