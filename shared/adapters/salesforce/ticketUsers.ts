import type { TicketUser, UsersPort } from '../../ports/usersPort';
import type { SalesforceApi } from './api';
import type { SoqlRow } from './soql';
import { soqlExportPage, soqlStamp, type SoqlExportStep } from './soqlExport';

const text = (value: unknown) => (typeof value === 'string' ? value : null);

/**
 * Salesforce has two kinds of ticket users: Users (the agents who own Cases) and Contacts (the
 * people who raise them). Users are never deleted, only deactivated (`IsActive`); a deleted
 * Contact shows as inactive, so its email stays taken (§8.2).
 */
function toTicketUser(role: 'agent' | 'contact') {
  return (row: SoqlRow): TicketUser => ({
    crm: 'salesforce',
    id: String(row.Id),
    name: [text(row.FirstName), text(row.LastName)].filter(Boolean).join(' '),
    firstName: text(row.FirstName),
    lastName: text(row.LastName),
    email: text(row.Email),
    phone: text(row.Phone),
    role,
    active: row.IsDeleted !== true && (role === 'contact' || row.IsActive !== false),
    createdAt: String(row.CreatedDate),
    updatedAt: String(row.SystemModstamp),
  });
}

const STEPS: SoqlExportStep<TicketUser>[] = [
  {
    object: 'User',
    soql: (since) =>
      `SELECT Id, FirstName, LastName, Email, Phone, IsActive, CreatedDate, SystemModstamp FROM User WHERE SystemModstamp > ${soqlStamp(since)} ORDER BY SystemModstamp, Id`,
    toItem: toTicketUser('agent'),
  },
  {
    object: 'Contact',
    soql: (since) =>
      `SELECT Id, FirstName, LastName, Email, Phone, IsDeleted, CreatedDate, SystemModstamp FROM Contact WHERE SystemModstamp > ${soqlStamp(since)} ORDER BY SystemModstamp, Id`,
    toItem: toTicketUser('contact'),
  },
];

/** Users, then Contacts, changed since the cursor, one query batch per page. */
export function salesforceTicketUsers(api: SalesforceApi): UsersPort {
  return { exportUsers: (start) => soqlExportPage(api, STEPS, start) };
}
