import type { Database } from '../data/database';
import { hashPassword } from './passwords';
import { userByName } from './users';

/**
 * Data files written before passwords lived hashed in sys_user.user_password kept them in
 * clear under `credentials`; on start they are hashed into their users and dropped.
 */
export async function movePasswordsToUsers(db: Database): Promise<boolean> {
  const legacy = db.data.credentials;
  if (!legacy) return false;
  for (const [userName, password] of Object.entries(legacy)) {
    const user = userByName(db, userName);
    if (user && !user.user_password) db.put('sys_user', { ...user, user_password: await hashPassword(password) });
  }
  delete db.data.credentials;
  return true;
}
