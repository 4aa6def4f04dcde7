import type { Database } from '../data/database';
import { userByName } from '../auth/users';
import { findTable } from '../schema';
import { toZone } from './timeZone';

const JOURNAL = 'sys_journal_field';

/**
 * A journal field (work_notes, comments) stores nothing on its record: each write becomes a
 * sys_journal_field row, and the field's display value is the history, newest first.
 */
export function journalHistory(db: Database, table: string, sysId: string, element: string, timeZone = 'UTC'): string {
  const entries = [...db.lookup(JOURNAL, 'element_id', sysId)]
    .map((id) => db.get(JOURNAL, id)!)
    .filter((entry) => entry.name === table && entry.element === element)
    .sort((a, b) => (a.sys_created_on < b.sys_created_on ? 1 : a.sys_created_on > b.sys_created_on ? -1 : db.position(JOURNAL, b.sys_id) - db.position(JOURNAL, a.sys_id)));
  const label = findTable(table)?.byName.get(element)?.label ?? element;
  return entries.map((entry) => `${toZone(entry.sys_created_on, timeZone)} - ${userDisplayName(db, entry.sys_created_by)} (${label})\n${entry.value}\n\n`).join('');
}

function userDisplayName(db: Database, userName: string): string {
  return userByName(db, userName)?.name || userName;
}
