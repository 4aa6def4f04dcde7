import type { Response } from 'express';
import type { AgentEventData, AgentEventType } from '../../../shared';
import type { StoreCluster } from '../../store/cluster';

/** How events reach the streams other instances hold (issue 22): the store's cluster messages. */
export type EventRelay = Pick<StoreCluster, 'broadcast' | 'onMessage'>;

const RELAY_TOPIC = 'agent-event';

interface RelayedEvent {
  agentId: string;
  type: AgentEventType;
  data: unknown;
}

/**
 * Server-Sent Events to each agent's page: the card refreshes from these, never by polling.
 * Events are not stored: a page that reconnects reloads the state it shows. With several
 * instances an agent's stream may be on any of them, so each event is also relayed to the
 * others, which write it to the streams they hold.
 */
export class EventBus {
  private readonly streams = new Map<string, Set<Response>>();
  private nextEventId = 1;

  constructor(private readonly relay?: EventRelay) {
    relay?.onMessage(RELAY_TOPIC, (message) => {
      const event = message as RelayedEvent;
      this.deliver(event.agentId, event.type, event.data);
    });
  }

  subscribe(agentId: string, res: Response): () => void {
    let set = this.streams.get(agentId);
    if (!set) this.streams.set(agentId, (set = new Set()));
    set.add(res);
    return () => {
      set.delete(res);
      if (set.size === 0) this.streams.delete(agentId);
    };
  }

  publish<T extends AgentEventType>(agentId: string | undefined, type: T, data: AgentEventData<T>): void {
    if (!agentId) return;
    this.deliver(agentId, type, data);
    const event: RelayedEvent = { agentId, type, data };
    this.relay?.broadcast(RELAY_TOPIC, event).catch((error: unknown) => console.error('[contact-center] could not relay an agent event:', error));
  }

  private deliver(agentId: string, type: AgentEventType, data: unknown): void {
    const set = this.streams.get(agentId);
    if (!set) return;
    const frame = `id: ${this.nextEventId++}\nevent: ${type}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const res of set) res.write(frame);
  }

  /** Open event streams, for the service's metrics. */
  connections(): number {
    let count = 0;
    for (const set of this.streams.values()) count += set.size;
    return count;
  }

  closeAll(): void {
    for (const set of this.streams.values()) for (const res of set) res.end();
    this.streams.clear();
  }
}
