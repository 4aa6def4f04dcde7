import { describe, expect, it } from 'vitest';
import { decideInteractionAccess, decideListScope, type Actor } from './interactionAccess';

const ana: Actor = { kind: 'staff', id: 'ana', role: 'agent' };
const lena: Actor = { kind: 'staff', id: 'lena', role: 'agent' };
const sam: Actor = { kind: 'staff', id: 'sam', role: 'supervisor' };
const robin: Actor = { kind: 'staff', id: 'robin', role: 'admin' };
const anasCall = { id: 'int-000001', agentId: 'ana' };
const queued = { id: 'int-000002' };

describe('decideInteractionAccess (issue 23, finding 2)', () => {
  it('lets the assigned agent read, handle and act for the customer, without audit', () => {
    for (const action of ['read', 'handle', 'customer'] as const) expect(decideInteractionAccess(ana, anasCall, action)).toEqual({ allowed: true, audit: false });
  });
  it("refuses another agent's every action, reads included", () => {
    for (const action of ['read', 'handle', 'customer'] as const) expect(decideInteractionAccess(lena, anasCall, action)).toEqual({ refused: 'not-assigned' });
  });
  it('lets supervisors and admins read freely and act with an audit entry', () => {
    for (const boss of [sam, robin]) {
      expect(decideInteractionAccess(boss, anasCall, 'read')).toEqual({ allowed: true, audit: false });
      expect(decideInteractionAccess(boss, anasCall, 'handle')).toEqual({ allowed: true, audit: true });
    }
  });
  it("lets the customer's side read and act as the customer on its own interaction only", () => {
    const customer: Actor = { kind: 'customer', interactionId: anasCall.id };
    expect(decideInteractionAccess(customer, anasCall, 'customer')).toEqual({ allowed: true, audit: false });
    expect(decideInteractionAccess(customer, anasCall, 'read')).toEqual({ allowed: true, audit: false });
    expect(decideInteractionAccess(customer, anasCall, 'handle')).toEqual({ refused: 'not-assigned' });
    expect(decideInteractionAccess(customer, queued, 'read')).toEqual({ refused: 'not-the-customer' });
  });
  it('lets the channel answer the IVR for a call no agent has yet, but not read it', () => {
    expect(decideInteractionAccess(lena, queued, 'customer')).toEqual({ allowed: true, audit: false });
    expect(decideInteractionAccess(lena, queued, 'read')).toEqual({ refused: 'not-assigned' });
    expect(decideInteractionAccess(lena, queued, 'handle')).toEqual({ refused: 'not-assigned' });
  });
});

describe('decideListScope', () => {
  it('shows agents their own interactions only', () => {
    expect(decideListScope({ id: 'lena', role: 'agent' }, undefined)).toEqual({ agentId: 'lena' });
    expect(decideListScope({ id: 'lena', role: 'agent' }, 'lena')).toEqual({ agentId: 'lena' });
    expect(decideListScope({ id: 'lena', role: 'agent' }, 'ana')).toEqual({ refused: 'not-assigned' });
  });
  it("shows supervisors and admins anyone's", () => {
    expect(decideListScope({ id: 'sam', role: 'supervisor' }, 'ana')).toEqual({ agentId: 'ana' });
    expect(decideListScope({ id: 'robin', role: 'admin' }, undefined)).toEqual({});
  });
});
