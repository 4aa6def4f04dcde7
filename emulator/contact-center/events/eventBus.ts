import type { Response } from 'express';
import type { AgentEventData, AgentEventType } from '../../../shared';

/**
 * Server-Sent Events to each agent's page: the card refreshes from these, never by polling.
 * Events are not stored: a page that reconnects reloads the state it shows.
 */
export class EventBus {
  private readonly streams = new Map<string, Set<Response>>();
  private nextEventId = 1;

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
