import { makeId } from '../ids/salesforceId';
import type { FieldSchema, QuerySource, SObjectSchema } from '../model/types';
import { runSoql } from '../query';
import type { Row } from '../query/soql/project';
import type { ListViewData, ObjectLayouts } from './layoutData';

/**
 * List views: a named query over one object (columns, filter, order, scope), listed by
 * `/listviews`, described by `/listviews/{id}/describe` and run by `/listviews/{id}/results`.
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_listviewresults.htm
 */
export interface ListView {
  id: string;
  object: string;
  data: ListViewData;
  columns: { path: string; field: FieldSchema; label: string }[];
}

/** Columns every list view result carries for the record, hidden from the user. */
const HIDDEN = ['Id', 'CreatedDate', 'LastModifiedDate', 'SystemModstamp'];

function resolveColumn(source: QuerySource, schema: SObjectSchema, path: string): ListView['columns'][number] | undefined {
  const [head, tail] = path.split('.');
  if (tail === undefined) {
    const field = schema.fields.find((f) => f.name === head);
    return field && { path, field, label: field.label };
  }
  const lookup = schema.fields.find((f) => f.type === 'reference' && f.relationshipName === head);
  const parent = lookup?.referenceTo?.map((name) => source.schema(name)).find((p) => p?.fields.some((f) => f.name === tail));
  const field = parent?.fields.find((f) => f.name === tail);
  return field && { path, field, label: `${head} ${field.label}` };
}

/** Whether a statement compiles against the org's schema (reads no records). */
function compiles(source: QuerySource, statement: string): boolean {
  try {
    runSoql(statement, { ...source, records: () => [], byId: () => undefined, byFieldValue: () => [], byPhoneDigits: () => [] });
    return true;
  } catch {
    return false;
  }
}

/** Every list view whose object, columns and filter exist in this org, with stable ids. */
export function buildListViews(source: QuerySource, layouts: Map<string, ObjectLayouts>): ListView[] {
  let serial = 0;
  return [...layouts].flatMap(([object, data]) => {
    const schema = source.schema(object);
    return data.listViews.flatMap((view) => {
      const id = makeId('00B', ++serial);
      if (!schema) return [];
      const columns = view.columns.flatMap((path) => resolveColumn(source, schema, path) ?? []);
      const listView: ListView = { id, object: schema.name, data: view, columns };
      return compiles(source, listViewQuery(listView)) ? [listView] : [];
    });
  });
}

/** The view's SOQL; with a user, limited to that user's records when the scope is `mine`. */
export function listViewQuery(view: ListView, userId?: string): string {
  const fields = [...new Set([...HIDDEN, ...view.columns.map((c) => c.path)])].join(', ');
  const filters = [view.data.where, userId && view.data.scope === 'mine' ? `OwnerId = '${userId}'` : undefined].filter(Boolean);
  const where = filters.length ? ` WHERE ${filters.join(' AND ')}` : '';
  return `SELECT ${fields} FROM ${view.object}${where} ORDER BY ${[...view.data.orderBy, 'Id'].join(', ')}`;
}

export function listViewSummary(version: string, view: ListView) {
  const url = `/services/data/${version}/sobjects/${view.object}/listviews/${view.id}`;
  return { describeUrl: `${url}/describe`, developerName: view.data.developerName, id: view.id, label: view.data.label, resultsUrl: `${url}/results`, soqlCompatible: true, url };
}

export function listViewColumns(view: ListView) {
  const [first] = view.data.orderBy;
  const sortPath = first?.split(' ')[0];
  const visible = view.columns.map((c) => ({
    ascendingLabel: c.field.type === 'date' || c.field.type === 'datetime' ? 'Low to High' : 'A-Z', descendingLabel: c.field.type === 'date' || c.field.type === 'datetime' ? 'High to Low' : 'Z-A',
    fieldNameOrPath: c.path, hidden: false, label: c.label, searchable: ['string', 'email', 'phone'].includes(c.field.type), selectListItem: c.path,
    sortDirection: c.path === sortPath ? (/ DESC$/i.test(first) ? 'descending' : 'ascending') : null, sortIndex: c.path === sortPath ? 0 : null,
    sortable: c.field.type !== 'textarea', type: c.field.type,
  }));
  const hidden = HIDDEN.map((name) => ({ ascendingLabel: null, descendingLabel: null, fieldNameOrPath: name, hidden: true, label: name, searchable: false, selectListItem: name, sortDirection: null, sortIndex: null, sortable: false, type: name === 'Id' ? 'id' : 'datetime' }));
  return [...visible, ...hidden];
}

function read(row: Row, path: string): string | null {
  let at: unknown = row;
  for (const part of path.split('.')) at = at && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined;
  return at === null || at === undefined ? null : String(at);
}

/** `/listviews/{id}/results`: the view's rows as column/value pairs, paged by limit and offset. */
export function listViewResults(source: QuerySource, view: ListView, userId: string, limit: number, offset: number) {
  const rows = runSoql(listViewQuery(view, userId), source).records;
  const columns = listViewColumns(view);
  const page = rows.slice(offset, offset + limit);
  return {
    columns, developerName: view.data.developerName, done: offset + page.length >= rows.length, id: view.id, label: view.data.label,
    records: page.map((row) => ({ columns: columns.map((c) => ({ fieldNameOrPath: c.fieldNameOrPath, value: read(row, c.fieldNameOrPath) })) })),
    size: rows.length,
  };
}

/** `/listviews/{id}/describe`: columns, order, the query and the scope. */
export function listViewDescribe(view: ListView) {
  return {
    columns: listViewColumns(view), id: view.id,
    orderBy: view.data.orderBy.map((o) => ({ fieldNameOrPath: o.split(' ')[0], nullsPosition: 'first', sortDirection: / DESC$/i.test(o) ? 'descending' : 'ascending' })),
    query: listViewQuery(view), relatedEntityId: null, scope: view.data.scope, scopeEntityId: null, sobjectType: view.object,
    whereCondition: { conditions: [], conjunction: 'and' },
  };
}
