import type { ArchivedTicket, ArchivedUser } from '../../emulator/contact-center/tickets/archive';
import type { TicketFilters } from '../../emulator/contact-center/tickets/ticketSearch';

export const CHANNELS = ['email', 'web', 'chat', 'voice', 'api'];
export const WORDS = ['router', 'fibre', 'invoice', 'modem', 'outage', 'television', 'remote', 'upgrade', 'refund', 'contract', 'signal', 'password', 'voicemail', 'roaming', 'installation', 'technician', 'billing', 'speed', 'latency', 'cancel'];
export const DAY = 86_400_000;
/** Archived text draws on a vocabulary of a few thousand words, as support tickets do, not on twenty. */
const VOCABULARY = Array.from({ length: 5000 }, (_, i) => `${WORDS[i % WORDS.length]}${i < WORDS.length ? '' : i.toString(36)}`);
const FIRST_NAMES = ['Maria', 'Mariana', 'Marius', 'Liam', 'Mei', 'Noah', 'Olivia', 'Jonas', 'Amara', 'Björn', 'Sofia', 'Kenji', 'Priya', 'Lucas', 'Emma'];
const LAST_NAMES = ['García', 'Lindqvist', 'Lin', 'Okafor', 'Müller', 'Rossi', 'Tanaka', 'Singh', 'Dubois', 'Novak'];
/** The agents the tickets are assigned to. */
const AGENTS = 200;

/**
 * The archive the ticket search benches search (memory and PostgreSQL alike): `size` tickets
 * created over 90 days from `firstDay`, a few thousand words, users behind the contacts (one
 * per 20 tickets, as many as 50k) and 200 agents; and the query mix, its dates within those days.
 */
export function ticketArchiveData(size: number, firstDay = Date.UTC(2025, 0, 1)) {
  const contacts = Math.min(50_000, Math.ceil(size / 20));
  const at = (days: number, seconds = 0) => new Date(firstDay + days * DAY + seconds * 1000).toISOString().slice(0, 19);

  const ticket = (i: number): ArchivedTicket => {
    const created = `${at(i % 90, i % 86_400)}Z`;
    const word = (k: number) => VOCABULARY[(i * k * 7919 + k * 104_729) % VOCABULARY.length];
    return {
      key: `zendesk:${i}`,
      crm: 'zendesk',
      id: String(i),
      subject: `${word(1)} ${word(7)}`,
      description: `Customer ${i} reports ${word(3)}`,
      status: i % 2 ? 'solved' : 'closed',
      channel: CHANNELS[i % CHANNELS.length],
      priority: null,
      requesterKey: `zendesk:r${i % contacts}`,
      assigneeKey: `zendesk:a${i % AGENTS}`,
      createdAt: created,
      updatedAt: created,
      solvedAt: created,
      crmUrl: '',
      comments: [{ id: `c${i}`, authorKey: `zendesk:a${i % AGENTS}`, body: `Fixed the ${word(11)} ref${i % 100_000}`, public: true, createdAt: created }],
      recordings: [],
    };
  };

  /** The users behind the tickets' requester and assignee keys, with names to search by part. */
  const users = (): ArchivedUser[] => {
    const user = (key: string, n: number, role: string): ArchivedUser => ({
      key,
      crm: 'zendesk',
      id: key.slice(8),
      name: `${FIRST_NAMES[n % FIRST_NAMES.length]} ${LAST_NAMES[(n * 7) % LAST_NAMES.length]} ${n}`,
      email: `user${n}@example.com`,
      role,
      active: true,
    });
    return [...Array.from({ length: contacts }, (_, n) => user(`zendesk:r${n}`, n, 'end-user')), ...Array.from({ length: AGENTS }, (_, n) => user(`zendesk:a${n}`, n, 'agent'))];
  };

  const textQueries: TicketFilters[] = [
    { q: 'router' },
    { q: 'ref4242' },
    { q: 'invoice refund' },
    { q: 'modem', channel: 'voice' },
    { q: 'outage', from: at(59), to: at(68, 86_399) },
    { q: 'speed', status: 'solved', assigneeKeys: new Set(['zendesk:a17']) },
  ];
  const filterQueries: TicketFilters[] = [
    {},
    { status: 'solved', channel: 'chat' },
    { assigneeKeys: new Set(['zendesk:a17']) },
    { requesterKeys: new Set(['zendesk:r123']), from: at(31) },
    { from: at(59), to: at(68, 86_399), channel: 'email' },
    { status: 'closed' },
  ];
  /** Agent and contact filters by part of a name or email, as the search page sends them (issue 24). */
  const partialNameQueries: Record<string, string>[] = [{ contact: 'mari' }, { contact: 'lindq' }, { agent: 'mei' }, { contact: 'user4242' }, { contact: 'okafor', channel: 'chat' }, { agent: 'jonas', q: 'router' }];

  return { contacts, ticket, users, textQueries, filterQueries, partialNameQueries };
}
