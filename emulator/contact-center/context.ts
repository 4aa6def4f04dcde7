import type { ContactCenterStore } from './data';
import type { EventBus } from './events/eventBus';
import type { Lifecycle } from './interactions/lifecycle';

/** What the contact center's parts share: its data, the agents' event streams, the clock, the lifecycle. */
export interface CcContext {
  cc: ContactCenterStore;
  bus: EventBus;
  now(): Date;
  /** Offers waiting interactions to agents; called whenever an agent or interaction changes. */
  dispatch(): Promise<void>;
  lifecycle: Lifecycle;
}
