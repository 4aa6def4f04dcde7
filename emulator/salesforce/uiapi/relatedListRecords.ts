import { Router, type Request } from 'express';
import { fail, notFound, sendError } from '../http/errors';
import type { RecordService } from '../records/recordService';
import { sessionOf } from '../auth/sessions';
import { userDisplayFormat } from './displayValue';
import { toUiRecord } from './recordShape';
import { relatedList, sortRecords } from './relatedLists';

/**
 * `GET /ui-api/related-list-records/{parentRecordId}/{relatedListId}`, what the
 * `getRelatedListRecords` wire adapter calls: a Related List Record Collection of UI API
 * record representations, paged by `pageSize` (1 to 1999, default 50) and `pageToken`.
 * https://developer.salesforce.com/docs/atlas.en-us.uiapi.meta/uiapi/ui_api_resources_related_list_records.htm
 * https://developer.salesforce.com/docs/atlas.en-us.uiapi.meta/uiapi/ui_api_responses_list_record_collection.htm
 */
const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 1999;
/** Lists without `sortBy` show the newest records first. */
const DEFAULT_SORT = '-CreatedDate';

const list = (value: unknown) => (typeof value === 'string' && value ? value.split(',').map((s) => s.trim()).filter(Boolean) : []);
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

function whole(value: string | undefined, name: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw fail(400, 'ILLEGAL_QUERY_PARAMETER_VALUE', `For input string: "${value}" is not a valid value for ${name}`);
  return n;
}

/** Fields of the list's object (`ActivityHistory.Subject`) read from the record's own object (`Task.Subject`). */
const onto = (fields: string[], listObject: string, recordObject: string) =>
  fields.map((f) => (f.toLowerCase().startsWith(`${listObject.toLowerCase()}.`) ? `${recordObject}${f.slice(listObject.length)}` : f));

export function relatedListRecordsRouter(records: RecordService): Router {
  const router = Router({ mergeParams: true });
  const { store } = records;

  router.get('/ui-api/related-list-records/:parentRecordId/:relatedListId', (req: Request, res) => {
    try {
      const { parentRecordId, relatedListId } = req.params as Record<string, string>;
      const parent = records.find(undefined, parentRecordId);
      const parentSchema = records.schemaOf(store.objectOf(parent.Id) as string);
      const found = relatedList(store, parentSchema, parent, relatedListId);
      if (!found) throw notFound();
      const fields = list(req.query.fields);
      const optionalFields = list(req.query.optionalFields);
      const pageSize = whole(text(req.query.pageSize), 'pageSize', 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE);
      const offset = whole(text(req.query.pageToken), 'pageToken', 0, Number.MAX_SAFE_INTEGER, 0);
      const sortBy = list(req.query.sortBy)[0] ?? DEFAULT_SORT;
      const format = userDisplayFormat(store.byId(sessionOf(res.locals).userId));
      const page = sortRecords(found.records, sortBy).slice(offset, offset + pageSize);
      const shaped = page.map((record) => {
        const object = store.objectOf(record.Id) as string;
        const shape = toUiRecord(store, records.schemaOf(object), record, onto(fields, found.objectApiName, object), onto(optionalFields, found.objectApiName, object), format);
        return { ...shape, apiName: found.objectApiName === object ? object : found.objectApiName };
      });
      const version = (req.params as Record<string, string>).version;
      const pageUrl = (token: number) => {
        const query = new URLSearchParams({ ...(fields.length ? { fields: fields.join(',') } : {}), ...(optionalFields.length ? { optionalFields: optionalFields.join(',') } : {}), pageSize: String(pageSize), pageToken: String(token), sortBy });
        return `/services/data/${version}/ui-api/related-list-records/${parent.Id}/${found.relatedListId}?${query}`;
      };
      const next = offset + pageSize < found.records.length ? offset + pageSize : undefined;
      const previous = offset > 0 ? Math.max(0, offset - pageSize) : undefined;
      res.json({
        count: shaped.length,
        currentPageToken: String(offset), currentPageUrl: pageUrl(offset),
        fields, optionalFields,
        listInfoETag: null,
        listReference: {
          id: null, inContextOfRecordId: parent.Id, listViewApiName: found.relatedListId, objectApiName: found.objectApiName,
          parentObjectApiName: parentSchema.name, recordTypeId: null, relatedListId: found.relatedListId, type: 'relatedList',
        },
        nextPageToken: next === undefined ? null : String(next), nextPageUrl: next === undefined ? null : pageUrl(next),
        pageSize,
        previousPageToken: previous === undefined ? null : String(previous), previousPageUrl: previous === undefined ? null : pageUrl(previous),
        records: shaped,
        sortBy: [sortBy],
      });
    } catch (error) {
      sendError(res, error);
    }
  });
  return router;
}
