import { fail } from '../http/errors';
import type { RecordService } from '../records/recordService';
import { many } from './envelope';
import { perId } from './perId';

/** The call takes at most 200 ids. */
const MAX_IDS = 200;

/**
 * `emptyRecycleBin(ids)`: deletes records in the recycle bin for good (they can no longer be
 * undeleted), one EmptyRecycleBinResult per id; a record that is not in the bin fails on its own.
 * https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_emptyrecyclebin.htm
 */
export function emptyRecycleBin(records: RecordService, call: Record<string, unknown>): string[] {
  if (many(call.ids).length > MAX_IDS) throw fail(500, 'EXCEEDED_ID_LIMIT', `record limit reached. cannot submit more than ${MAX_IDS} records into this call`);
  return perId(call.ids, (id) => records.purge(id));
}
