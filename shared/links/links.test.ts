import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../config/parseConfig';
import { switchFeature } from '../config/requireFeature';
import type { CrmRecordRef } from '../vocabulary/crmRecord';
import { interactionId } from '../vocabulary/ids';
import type { Interaction } from '../vocabulary/interaction';
import type { Link } from '../vocabulary/link';
import { buildActivity } from './activity';
import { idempotencyKey } from './idempotencyKey';
import { linkRecord } from './link';
import { transitionLink } from './linkState';
import { dueLinks, isWriteBackMoment } from './writeBackMoment';

const config = defaultConfig();
const call = interactionId('INT-2024-0001');
const contact: CrmRecordRef = { crm: 'salesforce', object: 'Contact', id: '0035g00000Ana01AAA' };
const theCase: CrmRecordRef = { crm: 'servicenow', object: 'sn_customerservice_case', id: '46d44a5dc0a8010e0000ec1a5e5d2c5b' };
const activity: CrmRecordRef = { crm: 'salesforce', object: 'Task', id: '00T5g00000Act01AAA' };
const T0 = '2025-03-04T09:00:00.000Z';

const linked = (record = contact): Link => {
  const decision = linkRecord([], call, record, T0, config);
  if (!('link' in decision)) throw new Error('not linked');
  return decision.link;
};
const step = (link: Link, event: Parameters<typeof transitionLink>[1]) => {
  const t = transitionLink(link, event, T0);
  if (!('link' in t)) throw new Error(`refused ${t.refused}`);
  return t.link;
};

describe('the link state machine (§2.1, §2.3)', () => {
  it('§2.3 linked -> due at the write-back moment -> written with its activity', () => {
    const due = step(linked(), { type: 'write-back-moment' });
    expect(due.state).toBe('due');
    const written = step(due, { type: 'written', activity });
    expect(written).toMatchObject({ state: 'written', activity, writtenAt: T0 });
  });

  it('§2.3 a failed write stays due, to be retried, never lost', () => {
    const due = step(linked(), { type: 'write-back-moment' });
    expect(step(due, { type: 'write-failed' }).state).toBe('due');
  });

  it('§2.3 unlinking before the moment means nothing is written', () => {
    const unlinked = step(linked(), { type: 'unlink' });
    expect(unlinked.state).toBe('unlinked');
    expect(transitionLink(unlinked, { type: 'write-back-moment' }, T0)).toMatchObject({ refused: 'already-unlinked' });
  });

  it('§2.3 unlinking after the write stops further updates', () => {
    const written = step(step(linked(), { type: 'write-back-moment' }), { type: 'written', activity });
    expect(step(written, { type: 'write-back-moment' }).state).toBe('due');
    const stopped = step(written, { type: 'unlink' });
    expect(stopped.state).toBe('unlinked-after-write');
    expect(transitionLink(stopped, { type: 'write-back-moment' }, T0)).toEqual({
      refused: 'updates-stopped',
      state: 'unlinked-after-write',
      event: 'write-back-moment',
    });
  });

  it('§2.3 refuses what does not fit: unlink while writing, written before due', () => {
    const due = step(linked(), { type: 'write-back-moment' });
    expect(transitionLink(due, { type: 'unlink' }, T0)).toMatchObject({ refused: 'write-in-progress' });
    expect(transitionLink(linked(), { type: 'written', activity }, T0)).toMatchObject({ refused: 'not-due' });
  });

  it('§2.1 a record is linked once; linking is refused when the feature is off', () => {
    const link = linked();
    expect(linkRecord([link], call, { ...contact, id: '0035g00000Ana01' }, T0, config)).toEqual({ refused: 'already-linked' });
    expect(linkRecord([{ ...link, state: 'unlinked' }], call, contact, T0, config)).toHaveProperty('link');
    expect(linkRecord([], call, contact, T0, switchFeature(config, 'link', false))).toEqual({ refused: 'feature-disabled', feature: 'link' });
  });
});

describe('the write-back moment (§2.3)', () => {
  it('§2.3 voice: only when the call has ended AND after-call work is complete', () => {
    expect(isWriteBackMoment({ channel: 'voice', state: 'connected' }, 'hangup')).toBe(false);
    expect(isWriteBackMoment({ channel: 'voice', state: 'acw', endedAt: T0 }, 'acw-complete')).toBe(true);
    expect(isWriteBackMoment({ channel: 'voice', state: 'connected' }, 'acw-complete')).toBe(false);
    expect(isWriteBackMoment({ channel: 'voice', state: 'connected' }, 'transfer')).toBe(false);
  });

  it('§2.3 digital: when the agent transfers, unassigns or ends it', () => {
    expect(isWriteBackMoment({ channel: 'chat', state: 'assigned' }, 'transfer')).toBe(true);
    expect(isWriteBackMoment({ channel: 'chat', state: 'assigned' }, 'close')).toBe(true);
    expect(isWriteBackMoment({ channel: 'email', state: 'assigned' }, 'unassign')).toBe(true);
    expect(isWriteBackMoment({ channel: 'whatsapp', state: 'queued' }, 'assign')).toBe(false);
  });

  it('§2.3 the due links are the linked and written ones of this interaction', () => {
    const other = { ...linked(theCase), interactionId: interactionId('INT-2024-0002') };
    const links: Link[] = [linked(), { ...linked(theCase), state: 'written' }, { ...linked(), state: 'unlinked' }, other];
    const due = dueLinks(links, { id: call, channel: 'voice', state: 'acw', endedAt: T0 }, 'acw-complete', config);
    expect(due).toEqual([links[0], links[1]]);
    expect(dueLinks(links, { id: call, channel: 'voice', state: 'connected' }, 'hangup', config)).toEqual([]);
  });
});

describe('the activity written back (§2.2)', () => {
  const interaction: Pick<Interaction, 'id' | 'channel' | 'subject' | 'startedAt' | 'endedAt' | 'closedAt'> = {
    id: call,
    channel: 'voice',
    startedAt: '2025-03-04T09:00:00.000Z',
    endedAt: '2025-03-04T09:07:30.000Z',
  };

  it('§2.2 carries contact name, channel, start, end, duration, agent and a summary reference', () => {
    const written = buildActivity(interaction, contact, {
      contactName: 'Ana Müller',
      agentName: 'Jordi Puig',
      now: '2025-03-04T09:10:00.000Z',
      summary: 'Router replaced',
      transcriptRef: 'rec-881',
    });
    expect(written).toEqual({
      idempotencyKey: idempotencyKey(call, contact),
      record: contact,
      subject: 'Voice with Ana Müller',
      contactName: 'Ana Müller',
      channel: 'voice',
      startedAt: '2025-03-04T09:00:00.000Z',
      endedAt: '2025-03-04T09:07:30.000Z',
      durationSeconds: 450,
      agentName: 'Jordi Puig',
      summary: 'Router replaced',
      transcriptRef: 'rec-881',
    });
  });

  it('§2.2 a digital interaction still open ends now and keeps its own subject', () => {
    const chat = { ...interaction, channel: 'chat' as const, endedAt: undefined, subject: 'Fibre outage in Zermatt' };
    const written = buildActivity(chat, contact, { contactName: '', agentName: 'Jordi Puig', now: '2025-03-04T09:01:05.000Z' });
    expect(written).toMatchObject({ subject: 'Fibre outage in Zermatt', durationSeconds: 65, endedAt: '2025-03-04T09:01:05.000Z' });
  });
});

describe('the idempotency key (§2.3 never done twice)', () => {
  it('§2.3 is the same for every retry and differs per record and per interaction', () => {
    expect(idempotencyKey(call, contact)).toBe(idempotencyKey(call, { ...contact, id: '0035g00000Ana01' }));
    expect(idempotencyKey(call, contact)).not.toBe(idempotencyKey(call, theCase));
    expect(idempotencyKey(call, contact)).not.toBe(idempotencyKey('INT-2024-0002', contact));
    expect(idempotencyKey(call, contact)).toMatch(/^cc-INT-2024-0001-[0-9a-z]{14}$/);
  });

  it('§2.3 stays within 80 characters for a long interaction id', () => {
    const long = 'x'.repeat(200);
    const key = idempotencyKey(long, contact);
    expect(key.length).toBeLessThanOrEqual(80);
    expect(key).not.toBe(idempotencyKey('y'.repeat(200), contact));
  });
});
