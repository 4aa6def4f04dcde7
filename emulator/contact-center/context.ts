import type { InteractionState, LifecycleEvent } from '../../shared';
import type { ContactCenterStore, InteractionRecord } from './data';
import type { EventBus } from './events/eventBus';

/** What the contact center's parts share: its data, the agents' event streams, the clock. */
export interface CcContext {
  cc: ContactCenterStore;
  bus: EventBus;
  now(): Date;
  /** Runs after every lifecycle change (given the state before it); the write-back hooks in here. */
  afterTransition: ((interaction: InteractionRecord, event: LifecycleEvent, before: InteractionState) => Promise<void>)[];
  /** Offers waiting interactions to agents; called whenever an agent or interaction changes. */
  dispatch(): Promise<void>;
}
