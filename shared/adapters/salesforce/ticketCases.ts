import type { Ticket, TicketComment, TicketsPort } from '../../ports/ticketsPort';
import type { SalesforceApi } from './api';
import type { SoqlRow } from './soql';
import { soqlExportPage, soqlStamp, type SoqlExportStep } from './soqlExport';

const text = (value: unknown) => (typeof value === 'string' ? value : null);

/** Case origins as the import's channels: a phone case is a voice ticket. */
const CHANNELS: Record<string, string> = { Phone: 'voice', Email: 'email', Web: 'web', Chat: 'chat' };

/**
 * A Case's interactions: its description (from the Contact who raised it) and its activities
 * (Tasks through the `Tasks` child relationship, each by its owner). A Task's call duration
 * marks a call; Salesforce keeps no recording URL on a Task, so a Case has no recordings.
 */
function interactions(row: SoqlRow): TicketComment[] {
  const created = String(row.CreatedDate);
  const description = text(row.Description);
  const opening: TicketComment[] = description
    ? [{ id: `${String(row.Id)}-description`, authorId: text(row.ContactId) ?? '', body: description, public: true, createdAt: created }]
    : [];
  const tasks = ((row.Tasks as { records?: SoqlRow[] } | null)?.records ?? []).map((task) => ({
    id: String(task.Id),
    authorId: text(task.OwnerId) ?? '',
    body: [text(task.Subject), text(task.Description)].filter(Boolean).join('\n\n'),
    public: false,
    createdAt: String(task.CreatedDate),
    channel: task.TaskSubtype === 'Call' ? 'voice' : task.TaskSubtype === 'Email' ? 'email' : 'task',
  }));
  return [...opening, ...tasks].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

function toTicket(row: SoqlRow): Ticket {
  const id = String(row.Id);
  return {
    crm: 'salesforce',
    id,
    subject: text(row.Subject) ?? '',
    description: text(row.Description),
    status: row.IsDeleted === true ? 'deleted' : String(row.Status),
    channel: CHANNELS[String(row.Origin)] ?? 'unknown',
    priority: text(row.Priority),
    requesterId: text(row.ContactId),
    assigneeId: text(row.OwnerId),
    tags: [],
    createdAt: String(row.CreatedDate),
    updatedAt: String(row.SystemModstamp),
    solvedAt: text(row.ClosedDate),
    url: `/lightning/r/Case/${id}/view`,
    comments: interactions(row),
    recordings: [],
  };
}

const CASES: SoqlExportStep<Ticket> = {
  object: 'Case',
  soql: (since) =>
    'SELECT Id, CaseNumber, Subject, Description, Status, Origin, Priority, ContactId, OwnerId, CreatedDate, ClosedDate, SystemModstamp, IsDeleted, ' +
    '(SELECT Id, Subject, Description, OwnerId, TaskSubtype, CreatedDate FROM Tasks ORDER BY CreatedDate) ' +
    `FROM Case WHERE SystemModstamp > ${soqlStamp(since)} ORDER BY SystemModstamp, Id`,
  toItem: toTicket,
};

/**
 * Cases changed since the cursor with their Tasks, one query batch per page. `url` is the
 * Case's Lightning record page path, to be prefixed with the org's domain.
 */
export function salesforceTicketCases(api: SalesforceApi): TicketsPort {
  return { exportTickets: (start) => soqlExportPage(api, [CASES], start) };
}
