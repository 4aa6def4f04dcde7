import type { EncodedQuery } from '../query/parse';
import { resolvePath } from '../query/path';
import { canField, unreadableQuery } from './acl';

/** The table a (dot-walked) path's last field belongs to. */
function ownerOf(table: string, path: string): { table: string; field: string } | undefined {
  const resolved = resolvePath(table, path);
  if (!resolved) return undefined;
  const last = resolved.steps[resolved.steps.length - 1];
  return { table: last ? last.reference! : table, field: resolved.field.name };
}

export const readableField = (roles: ReadonlySet<string>) => (table: string, field: string) => canField(roles, table, field, 'read');

/** A query that filters or sorts on a field the user may not read is refused (403), not answered. */
export function checkQueryReadable(roles: ReadonlySet<string>, table: string, query: EncodedQuery): void {
  const paths = [...query.groups.flat(2).map((c) => c.field), ...query.orderBy.map((o) => o.field)];
  for (const path of paths) {
    const owner = ownerOf(table, path);
    if (owner && !canField(roles, owner.table, owner.field, 'read')) throw unreadableQuery();
  }
}
