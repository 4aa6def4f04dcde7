import type { Response } from 'express';
import { describe, expect, it } from 'vitest';
import { EventBus, type EventRelay } from './eventBus';

/** Instances joined as the store's cluster joins them: a message reaches every instance but its sender. */
function joinedRelays(count: number): EventRelay[] {
  const handlers: Map<string, ((message: unknown) => void)[]>[] = Array.from({ length: count }, () => new Map());
  return handlers.map((mine) => ({
    async broadcast(topic, message) {
      for (const other of handlers) if (other !== mine) for (const handler of other.get(topic) ?? []) handler(JSON.parse(JSON.stringify(message)));
    },
    onMessage(topic, handler) {
      mine.set(topic, [...(mine.get(topic) ?? []), handler]);
    },
  }));
}

const stream = () => {
  const frames: string[] = [];
  return { frames, res: { write: (frame: string) => frames.push(frame) } as unknown as Response };
};

describe('agent events across instances', () => {
  it('reach a stream held by another instance, once, and no other agent', () => {
    const [relayA, relayB] = joinedRelays(2);
    const a = new EventBus(relayA);
    const b = new EventBus(relayB);
    const maria = stream();
    const omar = stream();
    a.subscribe('agent-1', maria.res);
    a.subscribe('agent-2', omar.res);
    b.publish('agent-1', 'interaction.updated', { interaction: { id: 'int-010001' } } as never);
    expect(maria.frames).toHaveLength(1);
    expect(maria.frames[0]).toContain('event: interaction.updated');
    expect(maria.frames[0]).toContain('"id":"int-010001"');
    expect(omar.frames).toEqual([]);
  });

  it('reach the publishing instance\'s own streams without waiting for the relay', () => {
    const bus = new EventBus();
    const maria = stream();
    bus.subscribe('agent-1', maria.res);
    bus.publish('agent-1', 'interaction.updated', { interaction: { id: 'int-000001' } } as never);
    expect(maria.frames).toHaveLength(1);
  });
});
