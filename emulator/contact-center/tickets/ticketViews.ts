import type { ArchivedTicket, ArchivedUser, ImportRun } from './archive';

/** The archived users a view names, by key (those the archive holds). */
export type UsersByKey = ReadonlyMap<string, ArchivedUser>;

/** The user keys a ticket's views name: requester, assignee and, with the transcript, its authors. */
export const userKeysOf = (tickets: readonly ArchivedTicket[], withAuthors = false) =>
  tickets.flatMap((t) => [t.requesterKey, t.assigneeKey, ...(withAuthors ? t.comments.map((c) => c.authorKey) : [])]).filter((key): key is string => key !== null);

/** Who a user is on a ticket; a user the import refused or never saw has only an id. */
function person(users: UsersByKey, key: string | null) {
  if (!key) return null;
  const user = users.get(key);
  return user ? { id: key, name: user.name, email: user.email, role: user.role, active: user.active } : { id: key, name: 'Unknown user', email: null, role: null, active: null };
}

export function ticketSummary(users: UsersByKey, ticket: ArchivedTicket) {
  return {
    id: ticket.key,
    crm: ticket.crm,
    crmId: ticket.id,
    subject: ticket.subject,
    status: ticket.status,
    channel: ticket.channel,
    priority: ticket.priority,
    createdAt: ticket.createdAt,
    solvedAt: ticket.solvedAt,
    requester: person(users, ticket.requesterKey),
    assignee: person(users, ticket.assigneeKey),
    recordings: ticket.recordings.length,
    crmUrl: ticket.crmUrl,
  };
}

/** The viewer's data (§8.4): the transcript in order with its authors, the recordings, the way back. */
export function ticketDetail(users: UsersByKey, ticket: ArchivedTicket) {
  const transcript = [...ticket.comments]
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((c) => ({ id: c.id, author: person(users, c.authorKey), body: c.body, public: c.public, createdAt: c.createdAt, ...(c.channel ? { channel: c.channel } : {}) }));
  return { ...ticketSummary(users, ticket), description: ticket.description, updatedAt: ticket.updatedAt, transcript, recordings: ticket.recordings };
}

export function runView(run: ImportRun) {
  const { cursor: _internal, ...view } = run;
  return view;
}
