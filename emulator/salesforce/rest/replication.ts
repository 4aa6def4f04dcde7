import { Router, type Request } from 'express';
import { fail } from '../http/errors';
import { sfDateTime } from '../records/fieldValue';
import type { RecordService } from '../records/recordService';

/**
 * sObject Get Updated and Get Deleted, for replication: ids changed (SystemModstamp) or
 * deleted within `start`..`end`. Updated reaches back 30 days, deleted 15.
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_getupdated.htm
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_getdeleted.htm
 */
const DAY = 86_400_000;
const stamp = (value: unknown) => Date.parse(String(value).replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));

function window(req: Request, maxDays: number): { start: number; end: number } {
  const start = Date.parse(String(req.query.start ?? ''));
  const end = Date.parse(String(req.query.end ?? ''));
  if (Number.isNaN(start) || Number.isNaN(end)) throw fail(400, 'INVALID_REPLICATION_DATE', 'start and end must be dateTime values (yyyy-MM-ddTHH:mm:ss+00:00)');
  if (end <= start) throw fail(400, 'INVALID_REPLICATION_DATE', 'startDate must chronologically precede endDate by more than one minute');
  if (start < Date.now() - maxDays * DAY) throw fail(400, 'INVALID_REPLICATION_DATE', `startDate cannot be more than ${maxDays} days ago`);
  return { start, end: Math.min(end, Date.now()) };
}

export function replicationRouter(records: RecordService): Router {
  const router = Router({ mergeParams: true });

  router.get('/sobjects/:object/updated', (req, res) => {
    const schema = records.schemaOf(req.params.object);
    const { start, end } = window(req, 30);
    const ids: string[] = [];
    for (const record of records.store.records(schema.name)) {
      const at = stamp(record.SystemModstamp);
      if (at >= start && at <= end) ids.push(record.Id);
    }
    res.json({ ids, latestDateCovered: sfDateTime(new Date(end)) });
  });

  router.get('/sobjects/:object/deleted', (req, res) => {
    const schema = records.schemaOf(req.params.object);
    const { start, end } = window(req, 15);
    const deletedRecords: { id: string; deletedDate: unknown }[] = [];
    for (const record of records.store.records(schema.name, { includeDeleted: true })) {
      const at = stamp(record.SystemModstamp);
      if (record.IsDeleted && at >= start && at <= end) deletedRecords.push({ id: record.Id, deletedDate: record.SystemModstamp });
    }
    res.json({ deletedRecords, earliestDateAvailable: sfDateTime(new Date(Date.now() - 15 * DAY)), latestDateCovered: sfDateTime(new Date(end)) });
  });
  return router;
}
