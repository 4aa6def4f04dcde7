import type { ArchivedTicket, ArchivedUser, ImportRun, TicketArchive } from './archive';

/** Who a user is on a ticket; a user the import refused or never saw has only an id. */
function person(archive: TicketArchive, key: string | null) {
  if (!key) return null;
  const user: ArchivedUser | undefined = archive.users[key];
  return user ? { id: key, name: user.name, email: user.email, role: user.role, active: user.active } : { id: key, name: 'Unknown user', email: null, role: null, active: null };
}

export function ticketSummary(archive: TicketArchive, ticket: ArchivedTicket) {
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
    requester: person(archive, ticket.requesterKey),
    assignee: person(archive, ticket.assigneeKey),
    recordings: ticket.recordings.length,
    crmUrl: ticket.crmUrl,
  };
}

/** The viewer's data (§8.4): the transcript in order with its authors, the recordings, the way back. */
export function ticketDetail(archive: TicketArchive, ticket: ArchivedTicket) {
  const transcript = [...ticket.comments]
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((c) => ({ id: c.id, author: person(archive, c.authorKey), body: c.body, public: c.public, createdAt: c.createdAt, ...(c.channel ? { channel: c.channel } : {}) }));
  return { ...ticketSummary(archive, ticket), description: ticket.description, updatedAt: ticket.updatedAt, transcript, recordings: ticket.recordings };
}

export function runView(run: ImportRun) {
  const { cursor: _internal, ...view } = run;
  return view;
}
