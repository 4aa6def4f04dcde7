import { describe, expect, it } from 'vitest';
import { RecordInvalid } from '../http/errors';
import { createState } from '../model/state';
import { emptyZendeskData } from '../model/types';
import { createUser } from '../users/users';
import { createTicket, importTicket, updateTicket } from './tickets';

function setup() {
  const data = emptyZendeskData();
  const state = createState({ data, save: async () => {} }, () => new Date('2024-06-10T12:00:00Z'));
  const agent = createUser(state, { name: 'Mei Lin', email: 'mei.lin@example.org', role: 'agent' });
  const customer = createUser(state, { name: 'Aiko Sato', email: 'aiko.sato@example.org' });
  return { state, agent, customer };
}

describe('tickets', () => {
  it('numbers tickets from 1, opens them when assigned, and makes the first comment the description', () => {
    const { state, agent, customer } = setup();
    const { stored } = createTicket(state, { comment: { body: 'No dial tone' }, requester_id: customer.id, assignee_id: agent.id }, agent);
    expect(stored.ticket).toMatchObject({ id: 1, status: 'open', description: 'No dial tone', requester_id: customer.id, submitter_id: agent.id });
    expect(stored.comments[0].author_id).toBe(agent.id);
  });

  it('imports with historical times and derives solved_at when not given', () => {
    const { state, agent, customer } = setup();
    const { stored } = importTicket(
      state,
      {
        requester_id: customer.id,
        status: 'solved',
        created_at: '2023-01-01T08:00:00Z',
        comments: [
          { value: 'Help', created_at: '2023-01-01T08:00:00Z' },
          { value: 'Fixed', author_id: agent.id, created_at: '2023-01-01T09:00:00Z' },
        ],
      },
      agent,
    );
    expect(stored.ticket.created_at).toBe('2023-01-01T08:00:00Z');
    expect(stored.ticket.updated_at).toBe('2023-01-01T09:00:00Z');
    expect(stored.solved_at).toBe('2023-01-01T09:00:00Z');
    expect(stored.comments.map((c) => c.author_id)).toEqual([customer.id, agent.id]);
  });

  it('leaves a ticket unchanged when an update is refused', () => {
    const { state, agent, customer } = setup();
    const { stored } = createTicket(state, { comment: 'Slow line', requester_id: customer.id }, agent);
    expect(() => updateTicket(state, stored, { status: 'solved', priority: 'whenever' }, agent)).toThrow(RecordInvalid);
    expect(stored.ticket.status).toBe('new');
    updateTicket(state, stored, { status: 'closed' }, agent);
    expect(() => updateTicket(state, stored, { comment: 'more' }, agent)).toThrow('Record validation errors');
  });
});
