import { describe, expect, it } from 'vitest';
import type { Link } from '../../../shared';
import type { CcContext } from '../context';
import type { CrmConnection } from '../crm/connections';
import type { ContactCenterData, InteractionRecord } from '../data';
import { EventBus } from '../events/eventBus';
import { Outbox } from './outbox';

const interaction = {
  id: 'int-000001', channel: 'chat', state: 'closed', from: 'ana@x.example', startedAt: '2026-01-01T10:00:00.000Z', messages: [],
  participantData: {}, interactionRecords: [], visited: [], history: [],
} as unknown as InteractionRecord;
const dueLink = { id: 'lnk-1', interactionId: 'int-000001', record: { crm: 'salesforce', object: 'Contact', id: '003A' }, state: 'due', linkedAt: '2026-01-01T10:00:00.000Z' } as unknown as Link;

/** An outbox over one Salesforce connection whose writes fail until `healthy` is set. */
function outboxWith(maxAttempts: number, cluster?: ConstructorParameters<typeof Outbox>[3]) {
  let clock = Date.parse('2026-01-01T10:00:00.000Z');
  const data = { agents: [], interactions: { [interaction.id]: interaction }, links: { [dueLink.id]: { ...dueLink } }, outbox: [], sequence: 0 } as unknown as ContactCenterData;
  const ctx = { cc: { data, save: async () => {} }, bus: new EventBus(), now: () => new Date(clock) } as unknown as CcContext;
  const state = { healthy: false, writes: 0 };
  const connection = {
    crm: 'salesforce',
    activities: {
      write: async () => {
        state.writes += 1;
        if (!state.healthy) throw new Error('UNABLE_TO_LOCK_ROW: unable to obtain exclusive access to this record');
        return { crm: 'salesforce', object: 'Task', id: '00T1' };
      },
    },
  } as unknown as CrmConnection;
  const outbox = new Outbox(ctx, () => [connection], () => maxAttempts, cluster);
  const later = async () => {
    clock += 120_000;
    await outbox.drain();
  };
  return { data, outbox, state, later, link: () => data.links[dueLink.id] };
}

describe('the write-back outbox says where each link stands (issue 15 item 7)', () => {
  it('is pending, then retrying with the CRM error, then gives up after maxAttempts; a retry writes it', async () => {
    const { outbox, state, later, link, data } = outboxWith(2);
    await outbox.enqueue(link());
    await outbox.drain();
    expect(link().writeBack).toMatchObject({ status: 'retrying', attempts: 1, lastError: expect.stringContaining('UNABLE_TO_LOCK_ROW') });
    expect(link().writeBack?.nextAttemptAt).toBeDefined();
    await later();
    expect(link().writeBack).toMatchObject({ status: 'failed', attempts: 2 });
    await later();
    expect(state.writes).toBe(2);
    expect(data.outbox[0].gaveUpAt).toBeDefined();

    state.healthy = true;
    expect(await outbox.retry(link())).toBe(true);
    expect(link()).toMatchObject({ state: 'written', writeBack: { status: 'written', attempts: 1 } });
    expect(await outbox.retry(link())).toBe(false);
  });

  it('is written at the first try when the CRM answers', async () => {
    const { outbox, state, link } = outboxWith(5);
    state.healthy = true;
    await outbox.enqueue(link());
    await outbox.drain();
    expect(link().writeBack).toEqual({ status: 'written', attempts: 1 });
  });
});

describe('the outbox with several instances (issue 22)', () => {
  it('leaves an item another instance holds, and writes its outcome with the claim', async () => {
    let held = true;
    const committed: unknown[][] = [];
    const cluster = {
      claim: async () => (held ? null : { commit: async (paths: unknown[][]) => void committed.push(...paths), release: async () => {} }),
    };
    const { outbox, state, link } = outboxWith(5, cluster);
    state.healthy = true;
    await outbox.enqueue(link());
    await outbox.drain();
    expect(state.writes).toBe(0);
    held = false;
    await outbox.drain();
    expect(state.writes).toBe(1);
    expect(link().state).toBe('written');
    expect(committed).toEqual([['outbox', { id: 'wb-000001' }], ['links', 'lnk-1']]);
  });

  it('writes nothing when the claimed row says another instance already wrote it', async () => {
    const stored: { data?: ContactCenterData } = {};
    const cluster = {
      claim: async () => {
        // What the claim loads: the row as the other instance left it.
        const data = stored.data!;
        data.outbox[0] = { ...data.outbox[0], attempts: 1, doneAt: '2026-01-01T10:00:01.000Z' };
        return { commit: async () => {}, release: async () => {} };
      },
    };
    const subject = outboxWith(5, cluster);
    stored.data = subject.data;
    subject.state.healthy = true;
    await subject.outbox.enqueue(subject.link());
    await subject.outbox.drain();
    expect(subject.state.writes).toBe(0);
  });
});
