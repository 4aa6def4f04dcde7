import { describe, expect, it } from 'vitest';
import type { StoredTicket, Ticket } from '../model/types';
import { matchesCondition, type TicketEvent } from './conditions';

const ticket = { id: 7, status: 'open', priority: 'urgent', type: 'incident', subject: 'Outage in Berlin-Mitte', tags: ['vip', 'fibre'], assignee_id: 42 } as Ticket;
const event = (kind: 'create' | 'update', changed: TicketEvent['changed'] = {}, comment?: TicketEvent['comment']): TicketEvent => ({
  kind, stored: { ticket, comments: [], solved_at: null, deleted: false } as StoredTicket, changed, comment,
});

describe('trigger conditions', () => {
  it('tells creation from change', () => {
    expect(matchesCondition(event('create'), { field: 'update_type', operator: 'is', value: 'Create' })).toBe(true);
    expect(matchesCondition(event('update'), { field: 'update_type', operator: 'is', value: 'Create' })).toBe(false);
    expect(matchesCondition(event('update'), { field: 'update_type', operator: 'is', value: 'Change' })).toBe(true);
  });

  it('compares fields, their order and their changes', () => {
    expect(matchesCondition(event('update'), { field: 'priority', operator: 'is', value: 'urgent' })).toBe(true);
    expect(matchesCondition(event('update'), { field: 'status', operator: 'less_than', value: 'solved' })).toBe(true);
    expect(matchesCondition(event('update'), { field: 'status', operator: 'greater_than', value: 'open' })).toBe(false);
    expect(matchesCondition(event('update', { status: ['new', 'open'] }), { field: 'status', operator: 'value_previous', value: 'new' })).toBe(true);
    expect(matchesCondition(event('update', { status: ['new', 'open'] }), { field: 'status', operator: 'value', value: 'open' })).toBe(true);
    expect(matchesCondition(event('update'), { field: 'status', operator: 'changed', value: null })).toBe(false);
    expect(matchesCondition(event('update'), { field: 'assignee_id', operator: 'is', value: 42 })).toBe(true);
  });

  it('reads tags, words and comments', () => {
    expect(matchesCondition(event('update'), { field: 'current_tags', operator: 'includes', value: 'gold vip' })).toBe(true);
    expect(matchesCondition(event('update'), { field: 'current_tags', operator: 'not_includes', value: 'vip' })).toBe(false);
    expect(matchesCondition(event('update'), { field: 'subject_includes_word', operator: 'includes', value: 'berlin' })).toBe(true);
    const commented = event('update', {}, { body: 'Please call me back', public: false });
    expect(matchesCondition(commented, { field: 'comment_includes_word', operator: 'includes', value: 'callback call' })).toBe(true);
    expect(matchesCondition(commented, { field: 'comment_is_public', operator: 'is', value: 'true' })).toBe(false);
  });

  it('never fires on a condition it does not know', () => {
    expect(matchesCondition(event('create'), { field: 'satisfaction_score', operator: 'is', value: 'good' })).toBe(false);
  });
});
