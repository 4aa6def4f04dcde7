import { describe, expect, it } from 'vitest';
import type { CcContext } from '../context';
import type { InteractionRecord } from '../data';
import { WrapUpClock } from './wrapUpClock';

function clockWith(interaction: Partial<InteractionRecord>, cluster?: ConstructorParameters<typeof WrapUpClock>[1]) {
  const completed: string[] = [];
  const ctx = {
    cc: { data: { interactions: { [interaction.id!]: interaction } } },
    now: () => new Date('2026-01-01T10:00:00.000Z'),
    lifecycle: {
      transition: async (i: InteractionRecord) => {
        completed.push(i.id);
        i.state = 'closed';
        return { ok: true };
      },
    },
  } as unknown as CcContext;
  return { clock: new WrapUpClock(ctx, cluster), completed };
}

describe('WrapUpClock', () => {
  it('completes after-call work past its deadline', async () => {
    const { clock, completed } = clockWith({ id: 'int-1', state: 'acw', acwDeadline: '2026-01-01T09:59:00.000Z' });
    await clock.tick();
    expect(completed).toEqual(['int-1']);
  });

  it('with several instances, completes in its turn only what another instance has not completed (issue 22)', async () => {
    const call = { id: 'int-2', state: 'acw', acwDeadline: '2026-01-01T09:59:00.000Z' } as Partial<InteractionRecord>;
    const cluster = {
      async exclusive<T>(_name: string, work: () => Promise<T>) {
        // The turn starts on current data: the other instance completed the call meanwhile.
        call.state = 'closed';
        return work();
      },
    };
    const { clock, completed } = clockWith(call, cluster);
    await clock.tick();
    expect(completed).toEqual([]);
  });
});
