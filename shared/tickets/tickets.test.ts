import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../config/parseConfig';
import { switchFeature } from '../config/requireFeature';
import { planImport, type ImportPlan } from './planImport';
import { selectTicket, type ImportTicket } from './tickets';
import { checkUser, selectUsers, type ImportUser, type KnownUser } from './users';

const NOW = '2025-06-30T12:00:00.000Z';
const daysAgo = (days: number) => new Date(Date.parse(NOW) - days * 86_400_000).toISOString();
const jordi: ImportUser = { externalId: '381', firstName: 'Jordi', lastName: 'Puig', email: 'Jordi.Puig@alpinefibre.example', active: true };
const known: KnownUser[] = [{ externalId: '17', email: 'lea.dubois@alpinefibre.example', active: false }];

const ticket = (overrides: Partial<ImportTicket> = {}): ImportTicket => ({
  externalId: '4512',
  status: 'solved',
  assigneeId: '381',
  requesterId: '9001',
  createdAt: daysAgo(40),
  updatedAt: daysAgo(30),
  interactions: [
    { id: 'c1', authorId: '9001', body: 'My fibre is down since this morning.', createdAt: daysAgo(40) },
    { id: 'c2', authorId: null, body: 'Automation: priority raised.', createdAt: daysAgo(40) },
    { id: 'c3', authorId: '381', body: 'We replaced the ONT; all good now.', createdAt: daysAgo(30) },
  ],
  ...overrides,
});

describe('user import rules (§8.2)', () => {
  it('§8.2 a user needs a first name, a last name and an email', () => {
    expect(checkUser(jordi, known)).toEqual({ ok: true, email: 'jordi.puig@alpinefibre.example' });
    expect(checkUser({ ...jordi, firstName: ' ' }, known)).toEqual({ refused: 'missing-first-name' });
    expect(checkUser({ ...jordi, lastName: null }, known)).toEqual({ refused: 'missing-last-name' });
    expect(checkUser({ ...jordi, email: '' }, known)).toEqual({ refused: 'user-without-email' });
    expect(checkUser({ ...jordi, email: 'jordi.puig' }, known)).toEqual({ refused: 'invalid-email' });
  });

  it('§8.2 a user with an email in a name field is refused', () => {
    expect(checkUser({ ...jordi, lastName: 'jordi.puig@alpinefibre.example' }, known)).toEqual({ refused: 'email-in-name' });
    expect(checkUser({ ...jordi, firstName: 'jordi@alpinefibre.example' }, known)).toEqual({ refused: 'email-in-name' });
    // A one-word Zendesk name that is an email: told as an email in a name field, not as a missing last name.
    expect(checkUser({ ...jordi, firstName: 'bob@mail.example', lastName: '' }, known)).toEqual({ refused: 'email-in-name' });
  });

  it('§8.2 emails are unique across active and inactive users: a user whose email exists does not sync', () => {
    expect(checkUser({ ...jordi, externalId: '382', email: 'Lea.Dubois@alpinefibre.example' }, known)).toEqual({ refused: 'duplicate-email' });
    expect(checkUser({ ...jordi, externalId: '17', email: 'lea.dubois@alpinefibre.example' }, known)).toMatchObject({ ok: true });
  });

  it('§8.2 within one export the first user keeps the email', () => {
    const selection = selectUsers([jordi, { ...jordi, externalId: '999', firstName: 'Jordina' }], known);
    expect(selection.accepted.map((u) => u.externalId)).toEqual(['381']);
    expect(selection.refused).toEqual([{ user: { ...jordi, externalId: '999', firstName: 'Jordina' }, reason: 'duplicate-email' }]);
  });

  it('§8.2 a CRM update to an imported user’s email is followed, and frees the old one', () => {
    const moved = selectUsers([{ ...jordi, externalId: '17', email: 'lea.martin@alpinefibre.example' }, { ...jordi, email: 'lea.dubois@alpinefibre.example' }], known);
    expect(moved.accepted.map((u) => [u.externalId, u.email])).toEqual([
      ['17', 'lea.martin@alpinefibre.example'],
      ['381', 'lea.dubois@alpinefibre.example'],
    ]);
  });
});

describe('ticket selection (§8.3)', () => {
  const facts = { now: NOW, refusedUsers: new Map<string, string>() };

  it('§8.3 only solved or closed tickets are imported', () => {
    expect(selectTicket(ticket({ status: 'Closed' }), facts)).toHaveProperty('ticket');
    expect(selectTicket(ticket({ status: 'pending' }), facts)).toEqual({ refused: 'not-solved' });
    expect(selectTicket(ticket({ status: 'open' }), facts)).toEqual({ refused: 'not-solved' });
  });

  it('§8.3 a ticket 91 days old is not imported; 90 days is', () => {
    expect(selectTicket(ticket({ updatedAt: daysAgo(91) }), facts)).toEqual({ refused: 'older-than-retention' });
    expect(selectTicket(ticket({ updatedAt: daysAgo(90) }), facts)).toHaveProperty('ticket');
    expect(selectTicket(ticket({ updatedAt: daysAgo(1), solvedAt: daysAgo(91) }), facts)).toEqual({ refused: 'older-than-retention' });
  });

  it('§8.3 only interactions that carry user information are imported', () => {
    const selection = selectTicket(ticket(), facts);
    if (!('ticket' in selection)) throw new Error('refused');
    expect(selection.ticket.interactions.map((i) => i.id)).toEqual(['c1', 'c3']);
    expect(selection.droppedInteractions).toBe(1);
    expect(selectTicket(ticket({ interactions: [{ id: 'c9', body: 'system', createdAt: NOW }] }), facts)).toEqual({ refused: 'no-user-interactions' });
  });

  it('§8.2 the tickets of a user who was not imported are not imported', () => {
    const refused = (entries: [string, string][]) => ({ now: NOW, refusedUsers: new Map(entries) });
    expect(selectTicket(ticket(), refused([['381', 'missing-last-name']]))).toEqual({ refused: 'agent-not-imported' });
    expect(selectTicket(ticket(), refused([['9001', 'email-in-name']]))).toEqual({ refused: 'contact-not-imported' });
  });

  it('§8.2 a ticket of a user without email (requester or agent) is skipped with user-without-email', () => {
    expect(selectTicket(ticket(), { now: NOW, refusedUsers: new Map([['9001', 'user-without-email']]) })).toEqual({ refused: 'user-without-email' });
    expect(selectTicket(ticket(), { now: NOW, refusedUsers: new Map([['381', 'user-without-email']]) })).toEqual({ refused: 'user-without-email' });
  });

  it('§8.2 a user refused only for a duplicate email keeps their tickets (they belong to the email holder)', () => {
    expect(selectTicket(ticket(), { now: NOW, refusedUsers: new Map([['9001', 'duplicate-email']]) })).toHaveProperty('ticket');
  });

  it('§8.3 a ticket without any user information is not imported', () => {
    expect(selectTicket(ticket({ requesterId: null, assigneeId: '' }), facts)).toEqual({ refused: 'no-user-information' });
  });
});

describe('the import report (§8.5)', () => {
  it('§8.5 every run reports what it imported and what it skipped, and why', () => {
    const plan = planImport(
      {
        users: [jordi, { externalId: '512', firstName: 'Yuki', lastName: 'Sato', email: null, active: true }],
        tickets: [ticket(), ticket({ externalId: '4513', assigneeId: '512' }), ticket({ externalId: '4514', status: 'open' })],
        known,
        now: NOW,
      },
      defaultConfig(),
    ) as ImportPlan;
    expect(plan.users.map((u) => u.externalId)).toEqual(['381']);
    expect(plan.tickets.map((t) => t.externalId)).toEqual(['4512']);
    expect(plan.report.imported).toEqual([
      { kind: 'user', id: '381' },
      { kind: 'ticket', id: '4512', note: '1 interaction(s) without user information left out' },
    ]);
    expect(plan.report.skipped).toEqual([
      { kind: 'user', id: '512', reason: 'user-without-email', text: 'The user has no email address, so neither the user nor their tickets are imported.' },
      { kind: 'ticket', id: '4513', reason: 'user-without-email', text: 'The user has no email address, so neither the user nor their tickets are imported.' },
      { kind: 'ticket', id: '4514', reason: 'not-solved', text: 'The ticket is neither solved nor closed.' },
    ]);
    expect(plan.report.counts).toEqual({ importedUsers: 1, importedTickets: 1, skippedUsers: 1, skippedTickets: 2 });
  });

  it('§1.3 the import is refused when the feature is off', () => {
    const off = switchFeature(defaultConfig(), 'ticketImport', false);
    expect(planImport({ users: [], tickets: [], known: [], now: NOW }, off)).toEqual({ refused: 'feature-disabled', feature: 'ticketImport' });
  });
});
