import type { z } from 'zod';
import { importReport, type Config, type Ticket } from '../../../shared';
import type { pushTicket, pushUser } from '../../../shared/contract/imports';
import { archiveKey, type ImportRun, type TicketArchive } from './archive';
import { usersChange, type ArchiveChange, type BorrowedPage } from './ticketIndex';
import { importTicketsPage } from './importTickets';
import { importUsersPage, type SourceUser } from './importUsers';
import type { PushSourceRecord } from './pushSources';

type PushUser = z.output<typeof pushUser>;
type PushTicket = z.output<typeof pushTicket>;

export interface PushBatch {
  users: PushUser[];
  tickets: PushTicket[];
}

/** A pushed user in the shape every import judges. */
function toSourceUser(source: PushSourceRecord, user: PushUser, now: string): SourceUser {
  return {
    crm: source.id,
    id: user.id,
    name: user.name,
    ...(user.firstName !== undefined ? { firstName: user.firstName } : {}),
    ...(user.lastName !== undefined ? { lastName: user.lastName } : {}),
    email: user.email ?? null,
    phone: user.phone ?? null,
    role: user.role === 'contact' ? 'end-user' : user.role,
    active: user.active,
    createdAt: user.createdAt ?? now,
    updatedAt: user.updatedAt ?? now,
    ...(user.deleted ? { deleted: true } : {}),
  };
}

/** A pushed ticket in the shape every import judges. */
function toTicket(source: PushSourceRecord, ticket: PushTicket): Ticket {
  return {
    crm: source.id,
    id: ticket.id,
    subject: ticket.subject,
    description: ticket.description ?? null,
    status: ticket.status.toLowerCase(),
    channel: ticket.channel,
    priority: ticket.priority ?? null,
    requesterId: ticket.requesterId ?? null,
    assigneeId: ticket.assigneeId ?? null,
    tags: ticket.tags,
    createdAt: ticket.createdAt,
    updatedAt: ticket.updatedAt,
    solvedAt: ticket.solvedAt ?? null,
    url: ticket.url ?? '',
    comments: ticket.comments.map((c) => ({ id: c.id, authorId: c.authorId ?? '', body: c.body, public: c.public, createdAt: c.createdAt, ...(c.channel ? { channel: c.channel } : {}) })),
    recordings: ticket.recordings,
  };
}

/**
 * One pushed batch, judged as an import page is (§8.2 users first, then §8.3 tickets), recorded
 * as a finished run with its report. Users and tickets are keyed by the source's ids, so a batch
 * sent again updates what it sent before and adds nothing.
 */
export function applyPush(archive: TicketArchive, source: PushSourceRecord, batch: PushBatch, config: Config, now: Date, runId: string): { run: ImportRun; change: ArchiveChange } {
  const at = now.toISOString();
  const users = importUsersPage(archive, batch.users.map((u) => toSourceUser(source, u, at)), config, now);
  const tickets = importTicketsPage(archive, batch.tickets.map((t) => toTicket(source, t)), now, (t) => t.url);
  const report = importReport([...users.imported, ...tickets.imported], [...users.skipped, ...tickets.skipped]);
  const run: ImportRun = {
    id: runId,
    source: source.id,
    state: 'done',
    phase: 'done',
    cursor: null,
    startedAt: at,
    finishedAt: at,
    progress: { pages: 1, users: batch.users.length, tickets: batch.tickets.length, removedTickets: tickets.removed.length },
    report,
  };
  archive.runs[run.id] = run;
  source.lastPushAt = at;
  const userKeys = batch.users.map((u) => archiveKey(source.id, u.id));
  return { run, change: { stored: tickets.stored, removed: tickets.removed, users: usersChange(archive, userKeys) } };
}

/** What a batch must find in the archive to be judged (see `TicketIndex.borrow`). */
export function borrowedByPush(source: PushSourceRecord, batch: PushBatch): BorrowedPage {
  return {
    ticketKeys: batch.tickets.map((t) => archiveKey(source.id, t.id)),
    users: batch.users.map((u) => ({ key: archiveKey(source.id, u.id), email: u.email ?? null })),
  };
}
