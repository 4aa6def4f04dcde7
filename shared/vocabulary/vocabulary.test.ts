import { describe, expect, it } from 'vitest';
import { CHANNELS, isChannel, isDigital } from './channel';
import { recordKey, sameRecord } from './crmRecord';
import { DIGITAL_STATES, interactionStateLabel, nextState, VOICE_STATES } from './interaction';

describe('vocabulary', () => {
  it('knows the channels of §6.4', () => {
    expect(CHANNELS).toHaveLength(13);
    expect(isChannel('whatsapp')).toBe(true);
    expect(isChannel('pigeon')).toBe(false);
    expect(isDigital('voice')).toBe(false);
    expect(isDigital('email')).toBe(true);
  });

  it('treats the 15 and 18 character forms of a Salesforce id as one record', () => {
    const a = { crm: 'salesforce' as const, object: 'Contact', id: '003000000000001AAA' };
    const b = { crm: 'salesforce' as const, object: 'Contact', id: '003000000000001' };
    expect(sameRecord(a, b)).toBe(true);
    expect(recordKey(a)).toBe(recordKey(b));
    expect(sameRecord(a, { ...b, id: '003000000000002' })).toBe(false);
  });

  it('moves a call through ivr, queue, alert, talk, after-call work (§2.3)', () => {
    expect(nextState('voice', 'ivr', 'routed')).toBe('queued');
    expect(nextState('voice', 'alerting', 'answer')).toBe('connected');
    expect(nextState('voice', 'connected', 'hangup')).toBe('acw');
    expect(nextState('voice', 'acw', 'acw-complete')).toBe('closed');
    expect(nextState('voice', 'queued', 'acw-complete')).toBeNull();
  });

  it('moves a digital interaction through assignment and transfer', () => {
    expect(nextState('chat', 'queued', 'assign')).toBe('assigned');
    expect(nextState('chat', 'assigned', 'transfer')).toBe('transferred');
    expect(nextState('email', 'assigned', 'unassign')).toBe('unassigned');
    expect(nextState('email', 'closed', 'assign')).toBeNull();
  });

  it('names every state in the agent’s words, never the service’s key', () => {
    for (const state of [...VOICE_STATES, ...DIGITAL_STATES]) expect(interactionStateLabel(state)).not.toBe(state);
    expect(interactionStateLabel('acw')).toBe('Wrap-up');
    expect(interactionStateLabel('someday')).toBe('someday');
  });
});
