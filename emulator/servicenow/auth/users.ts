import type { Database } from '../data/database';
import type { SnRecord } from '../schema';

/**
 * The sys_user row of a user_name, through the equality index on user_name (built once,
 * kept in step by every write), so authenticating a request never scans sys_user.
 */
export function userByName(db: Database, userName: string): SnRecord | undefined {
  for (const id of db.lookup('sys_user', 'user_name', userName)) return db.get('sys_user', id);
  return undefined;
}

export function activeUser(db: Database, userName: string): SnRecord | undefined {
  const user = userByName(db, userName);
  return user?.active === 'true' ? user : undefined;
}
