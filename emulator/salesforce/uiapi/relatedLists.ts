import type { ChildRelationshipSchema, SfRecord, SObjectSchema } from '../model/types';
import type { RecordStore } from '../records/recordStore';

/**
 * Which records a related list of a parent holds. A list is named by the parent's child
 * relationship (`Contacts`, `Cases`, `Tasks`, ...), as the UI API accepts from API 62.0;
 * the activity lists gather the parent's Tasks and Events by whether they are done.
 * https://developer.salesforce.com/docs/atlas.en-us.uiapi.meta/uiapi/ui_api_resources_related_list_records.htm
 */
export interface RelatedList {
  /** The list's name as the parent's describe spells it. */
  relatedListId: string;
  /** The object the list shows (`ActivityHistory` for the activity lists). */
  objectApiName: string;
  records: SfRecord[];
}

type Keep = (record: SfRecord, object: string, now: string) => boolean;

/** Closed Tasks and past Events are history; the rest are open, as in Salesforce's activity lists. */
const isDone: Keep = (record, object, now) => (object === 'Task' ? record.IsClosed === true : String(record.EndDateTime ?? '') < now);
const ACTIVITY_LISTS: Record<string, { name: string; objectApiName: string; keep: Keep }> = {
  activityhistories: { name: 'ActivityHistories', objectApiName: 'ActivityHistory', keep: isDone },
  openactivities: { name: 'OpenActivities', objectApiName: 'OpenActivity', keep: (record, object, now) => !isDone(record, object, now) },
};

function childrenVia(store: RecordStore, relationships: ChildRelationshipSchema[], parentId: string): SfRecord[] {
  const found = new Map<string, SfRecord>();
  for (const rel of relationships) {
    for (const id of store.byFieldValue(rel.childSObject, rel.field, parentId) ?? []) {
      const record = store.byId(id);
      if (record && !record.IsDeleted) found.set(record.Id, record);
    }
  }
  return [...found.values()];
}

/** The related list `relatedListId` of `parent`, or undefined when the parent has no such list. */
export function relatedList(store: RecordStore, parentSchema: SObjectSchema, parent: SfRecord, relatedListId: string): RelatedList | undefined {
  const wanted = relatedListId.toLowerCase();
  const activity = ACTIVITY_LISTS[wanted];
  if (activity) {
    const now = new Date().toISOString();
    const activities = parentSchema.childRelationships.filter((r) => r.relationshipName === 'Tasks' || r.relationshipName === 'Events');
    if (activities.length === 0) return undefined;
    // An account's activity lists also hold what is logged on its contacts and cases (the activity's AccountId).
    if (parentSchema.name === 'Account') activities.push(...['Task', 'Event'].map((childSObject) => ({ childSObject, field: 'AccountId', relationshipName: 'Activities' })));
    const records = childrenVia(store, activities, parent.Id).filter((r) => activity.keep(r, store.objectOf(r.Id) as string, now));
    return { relatedListId: activity.name, objectApiName: activity.objectApiName, records };
  }
  const relationships = parentSchema.childRelationships.filter((r) => r.relationshipName.toLowerCase() === wanted);
  if (relationships.length === 0) return undefined;
  return { relatedListId: relationships[0].relationshipName, objectApiName: relationships[0].childSObject, records: childrenVia(store, relationships, parent.Id) };
}

/** Sorts by `sortBy` (`Field`, `Object.Field`, `-Field` for descending); empty values last. */
export function sortRecords(records: SfRecord[], sortBy: string): SfRecord[] {
  const descending = sortBy.startsWith('-');
  const field = sortBy.replace(/^-/, '').split('.').pop() as string;
  const key = (record: SfRecord) => {
    const name = Object.keys(record).find((k) => k.toLowerCase() === field.toLowerCase());
    return name === undefined ? null : record[name];
  };
  return [...records].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    if (x === y) return a.Id.localeCompare(b.Id);
    if (x === null || x === undefined) return 1;
    if (y === null || y === undefined) return -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return descending ? -order : order;
  });
}
