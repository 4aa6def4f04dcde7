import { describe, expect, it } from 'vitest';
import { contactIdentityPoints, identityPointOf } from './identityPoint';

describe('§6.1 the identity point an interaction comes from', () => {
  it('reads a call’s number in E.164 whatever way it was dialled', () => {
    expect(identityPointOf({ channel: 'voice', from: '(415) 555-1000' }, 'US')).toEqual({ kind: 'phone', value: '+14155551000' });
  });

  it('keeps an email address in lower case, on email and on chat alike', () => {
    expect(identityPointOf({ channel: 'email', from: ' Maria.Garcia@ACME.example ' }, 'US')).toEqual({ kind: 'email', value: 'maria.garcia@acme.example' });
    expect(identityPointOf({ channel: 'chat', from: 'maria.garcia@acme.example' }, 'US')).toEqual({ kind: 'email', value: 'maria.garcia@acme.example' });
  });

  it('treats a WhatsApp number as a phone, and a Slack name as a handle of that channel', () => {
    expect(identityPointOf({ channel: 'whatsapp', from: '+34 612 34 56 78' }, 'US')).toEqual({ kind: 'phone', value: '+34612345678' });
    expect(identityPointOf({ channel: 'slack', from: '@maria' }, 'US')).toEqual({ kind: 'handle', channel: 'slack', value: '@maria' });
  });

  it('prefers the card’s identity points, and has none without an address', () => {
    const card = { identityPoints: [{ kind: 'email' as const, value: 'a@b.example' }] };
    expect(contactIdentityPoints(card, { channel: 'voice', from: '4155551000' }, 'US')).toBe(card.identityPoints);
    expect(contactIdentityPoints(null, { channel: 'voice', from: '4155551000' }, 'US')).toEqual([{ kind: 'phone', value: '+14155551000' }]);
    expect(contactIdentityPoints(null, { channel: 'chat', from: '  ' }, 'US')).toEqual([]);
  });
});
