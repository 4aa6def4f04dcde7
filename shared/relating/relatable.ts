import { recordKey, type CrmRecordRef } from '../vocabulary/crmRecord';
import { salesforceFieldFor } from './salesforceRelation';
import { servicenowFieldFor } from './servicenowRelation';

export function isRelatable(ref: CrmRecordRef): boolean {
  if (ref.crm === 'salesforce') return salesforceFieldFor(ref.object) !== null;
  if (ref.crm === 'servicenow') return servicenowFieldFor(ref.object) !== null;
  return false;
}

/**
 * PRODUCT.md §3.1: the list offered holds only records opened while the interaction was
 * going on. `visited` is oldest first (as on the interaction); the list is newest first,
 * each record once.
 */
export function relatableRecords<T extends CrmRecordRef>(visited: readonly T[]): T[] {
  const seen = new Set<string>();
  const list: T[] = [];
  for (let i = visited.length - 1; i >= 0; i--) {
    const ref = visited[i];
    const key = recordKey(ref);
    if (seen.has(key) || !isRelatable(ref)) continue;
    seen.add(key);
    list.push(ref);
  }
  return list;
}
