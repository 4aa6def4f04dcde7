import { hashPassword } from '../auth/passwords';
import { mustTable } from '../schema';
import { canField } from '../security/acl';

/**
 * Before a write: fields the user may not write are dropped (an instance ignores them
 * silently) and clear passwords are hashed, asynchronously, off the event loop.
 */
export async function prepareBody(tableName: string, body: unknown, roles: ReadonlySet<string>): Promise<unknown> {
  const object = Array.isArray(body) ? body[0] : body;
  if (object === null || typeof object !== 'object' || Array.isArray(object)) return body;
  const prepared: Record<string, unknown> = { ...(object as Record<string, unknown>) };
  for (const field of mustTable(tableName).fields) {
    if (!Object.hasOwn(prepared, field.name)) continue;
    if (!canField(roles, tableName, field.name, 'write')) delete prepared[field.name];
    else if (field.type === 'password2' && typeof prepared[field.name] === 'string' && prepared[field.name] !== '') {
      prepared[field.name] = await hashPassword(prepared[field.name] as string);
    }
  }
  return prepared;
}
