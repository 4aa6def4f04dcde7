import { userByName } from '../auth/users';
import type { Database } from '../data/database';

/** The role names a user holds (sys_user_has_role rows), read through the indexes. */
export function rolesOf(db: Database, userName: string): ReadonlySet<string> {
  const user = userByName(db, userName);
  const roles = new Set<string>();
  if (!user) return roles;
  for (const id of db.lookup('sys_user_has_role', 'user', user.sys_id)) {
    const grant = db.get('sys_user_has_role', id);
    const role = grant && db.get('sys_user_role', grant.role);
    if (role && grant.state !== 'inactive') roles.add(role.name);
  }
  return roles;
}
