import { fail } from '../http/errors';
import type { RecordService } from '../records/recordService';
import { perId } from './perId';

/**
 * `undelete(ids)`: takes records out of the recycle bin, with the details deleted with them, one
 * UndeleteResult per id; an id that is live or unknown fails on its own without stopping the others.
 * https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_undelete.htm
 */
export function undelete(records: RecordService, call: Record<string, unknown>, userId: string): string[] {
  return perId(call.ids, (id) => {
    if (!records.store.byId(id)) throw fail(400, 'INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id');
    records.undelete(id, userId);
  });
}
