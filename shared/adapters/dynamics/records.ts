import { normalizePhone } from '../../phone/normalizePhone';
import { isCrmError, nullWhenNotFound } from '../../ports/crmError';
import type { FieldValues, RecordsPort, WriteOutcome } from '../../ports/recordsPort';
import type { LookupStep } from '../../ivr/lookupPlan';
import type { CrmRecord, CrmRecordRef } from '../../vocabulary/crmRecord';
import type { DynamicsApi } from './api';
import { literal, targetFields, targetFilter } from './lookupQueries';
import { columnName, tableCatalog, type TableInfo } from './metadata';

type Row = Record<string, unknown>;

export interface DynamicsRecordsOptions {
  /** Fields a lookup should also return (facts, routing fields); columns a table lacks are left out. */
  lookupFields?: (table: string) => readonly string[];
  /** The table catalog to share with the other ports of the same connection. */
  tables?: (logicalName: string) => Promise<TableInfo>;
}

/** The card's own searches: contacts by their phones, by their email. */
const PERSON_SEARCH: Record<'ani' | 'email', LookupStep> = {
  ani: { identifier: 'ani', targets: [{ object: 'contact', fields: ['telephone1', 'mobilephone'] }] },
  email: { identifier: 'email', targets: [{ object: 'contact', fields: ['emailaddress1'] }] },
};

/** A GUID is written bare in `$filter`; anything else is a string. */
const idLiteral = (id: string) => (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? id : literal(id));

/** How many rows one table of a lookup returns. */
const LOOKUP_LIMIT = 50;

/** The columns of `fields` the table has, as it names them; the id and name always come. */
const selectOf = (table: TableInfo, fields: readonly string[]) =>
  [...new Set([table.idAttribute, table.nameAttribute, ...fields.map((f) => columnName(table, f)).filter((c): c is string => c !== null)])].join(',');

function recordOf(table: TableInfo, row: Row): CrmRecord {
  const fields = Object.fromEntries(Object.entries(row).filter(([key]) => !key.startsWith('@')));
  const name = row[table.nameAttribute];
  return { crm: 'dynamics', object: table.logicalName, id: String(row[table.idAttribute]), name: typeof name === 'string' ? name : '', fields };
}

/** Reading and writing Dataverse rows through the Web API (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/overview). */
export function dynamicsRecords(api: DynamicsApi, options: DynamicsRecordsOptions = {}): RecordsPort {
  const tableOf = options.tables ?? tableCatalog(api);

  async function list(table: TableInfo, filter: string, fields: readonly string[], top = LOOKUP_LIMIT): Promise<CrmRecord[]> {
    const query = new URLSearchParams({ $select: selectOf(table, fields), $filter: filter, $top: String(top) });
    const body = await api.call<{ value: Row[] }>(`/${table.entitySet}?${query}`);
    return body.value.map((row) => recordOf(table, row));
  }

  async function read(ref: CrmRecordRef, fields?: string[]): Promise<CrmRecord> {
    const table = await tableOf(ref.object);
    const select = fields ? `?$select=${selectOf(table, fields)}` : '';
    return recordOf(table, await api.call<Row>(`/${table.entitySet}(${encodeURIComponent(ref.id)})${select}`));
  }

  async function write(object: string, attempt: (table: TableInfo) => Promise<Row>): Promise<WriteOutcome> {
    const table = await tableOf(object);
    try {
      return { written: { crm: 'dynamics', object, id: String((await attempt(table))[table.idAttribute]) } };
    } catch (error) {
      if (isCrmError(error) && error.kind === 'validation') return { invalid: error };
      throw error;
    }
  }

  /** Phone matches are kept only when a searched column holds that very number (startswith also finds longer ones). */
  async function searchTarget(step: LookupStep, target: LookupStep['targets'][number], value: string): Promise<CrmRecord[]> {
    const table = await tableOf(target.object);
    const columns = target.fields.map((f) => columnName(table, f)).filter((c): c is string => c !== null);
    const filter = targetFilter(columns, step.identifier, value);
    if (!filter) return [];
    const found = await list(table, filter, targetFields(target, options.lookupFields?.(target.object) ?? []));
    if (step.identifier !== 'ani') return found;
    const e164 = normalizePhone(value);
    return found.filter((record) => columns.some((c) => typeof record.fields?.[c] === 'string' && normalizePhone(record.fields[c] as string) === e164));
  }

  async function lookup(step: LookupStep, value: string): Promise<CrmRecord[]> {
    const lists = await Promise.all(step.targets.map((target) => searchTarget(step, target, value)));
    return lists.flat();
  }

  return {
    read,
    get: (ref, fields) => nullWhenNotFound(read(ref, fields)),

    // `Prefer: return=representation` answers the created or updated row, id included.
    create: (object, fields: FieldValues) =>
      write(object, (table) => api.call<Row>(`/${table.entitySet}`, { method: 'POST', body: fields, headers: { Prefer: 'return=representation' } })),
    update: (ref, fields: FieldValues) =>
      write(ref.object, (table) => api.call<Row>(`/${table.entitySet}(${encodeURIComponent(ref.id)})`, { method: 'PATCH', body: fields, headers: { Prefer: 'return=representation', 'If-Match': '*' } })),

    searchByPhone: (phone) => lookup(PERSON_SEARCH.ani, phone),
    searchByEmail: (email) => lookup(PERSON_SEARCH.email, email),
    lookup,

    relatedRecords(parent, lists) {
      return Promise.all(
        lists.map(async (request) => {
          const table = await tableOf(request.object);
          const column = columnName(table, request.field) ?? request.field;
          const records = await list(table, `${column} eq ${idLiteral(parent.id)}`, request.fields ?? [], request.limit ?? 50);
          return { object: request.object, field: request.field, records };
        }),
      );
    },
  };
}
