import type { LookupTarget } from '../../ivr/lookupPlan';
import { normalizePhone } from '../../phone/normalizePhone';
import type { FieldValues, RecordsPort, RelatedList, RelatedListRequest, WriteOutcome } from '../../ports/recordsPort';
import { isCrmError, nullWhenNotFound } from '../../ports/crmError';
import type { CrmRecord, CrmRecordRef } from '../../vocabulary/crmRecord';
import { phoneFormats } from '../phoneFormats';
import type { SalesforceApi } from './api';
import { describedFields } from './describedFields';
import { salesforceError } from './errors';
import { nameFieldOf, salesforceRecordOf } from './naming';
import { getMany } from './compositeBatch';
import { queryAll, queryPath, rowsFrom, soqlId, type QueryPage, type SoqlRow } from './soql';
import { targetSoql, targetsPhoneSosl } from './lookupQueries';
import { EMAIL_RETURNING, emailSearch, PHONE_RETURNING, phoneSearch, type Returning } from './sosl';

type SearchBody = { searchRecords?: SoqlRow[] } | SoqlRow[];

const searchPath = (sosl: string) => `/search?q=${encodeURIComponent(sosl)}`;

/** A search's rows, from the body's `searchRecords` (or the bare list older API versions answer). */
function searchRecords(body: SearchBody): CrmRecord[] {
  const rows = Array.isArray(body) ? body : (body.searchRecords ?? []);
  return rows.map((row) => salesforceRecordOf(row));
}

export interface SalesforceRecordsOptions {
  /**
   * Fields a lookup should also return (the greeting's language, the routing rules' fields), so
   * that nobody reads the record again; each object returns those it has.
   */
  lookupFields?: (object: string) => readonly string[];
}

export interface CollectionRecord {
  object: string;
  fields: FieldValues;
}

export interface SalesforceRecords extends RecordsPort {
  /** Several creates in one sObject Collections call; each record succeeds or fails on its own. */
  createMany(records: CollectionRecord[]): Promise<WriteOutcome[]>;
}

export function salesforceRecords(api: SalesforceApi, options: SalesforceRecordsOptions = {}): SalesforceRecords {
  const ref = (object: string, id: string): CrmRecordRef => ({ crm: 'salesforce', object, id });
  const described = describedFields(api);

  /** The objects' fields plus the lookup fields each object has. */
  async function withLookupFields(returning: Returning): Promise<Returning> {
    if (!options.lookupFields) return returning;
    const entries = await Promise.all(
      Object.entries(returning).map(async ([object, fields]) => {
        const wanted = options.lookupFields?.(object) ?? [];
        return [object, wanted.length ? [...fields, ...(await described.existing(object, wanted))] : fields] as const;
      }),
    );
    return Object.fromEntries(entries);
  }

  /** The lookup fields `object` has (a routing fact's field may exist in one org and not another). */
  async function extraOf(object: string): Promise<string[]> {
    const wanted = options.lookupFields?.(object) ?? [];
    return wanted.length ? described.existing(object, wanted) : [];
  }

  /**
   * The ANI step: the targets' phone-typed fields in one SOSL (formatting ignored), the text
   * ones (Case.SuppliedPhone, a custom text field) with SOQL in the forms people type, all sent
   * as one Composite Batch. A match is kept only when one of the fields the plan names holds the number.
   */
  async function lookupPhone(targets: LookupTarget[], value: string): Promise<CrmRecord[]> {
    const formats = phoneFormats(value);
    if (!formats) return [];
    const planned = await Promise.all(
      targets.map(async (target) => ({ target, extra: await extraOf(target.object), phone: await described.phoneTyped(target.object, target.fields) })),
    );
    const bySosl = planned.filter((p) => p.phone.length > 0);
    const byText = planned.flatMap(({ target, extra, phone }) => {
      const text = target.fields.filter((f) => !phone.includes(f));
      return text.length ? [{ target, soql: targetSoql(target, text, formats.typed, extra) }] : [];
    });
    const sosl = bySosl.length ? [searchPath(targetsPhoneSosl(bySosl, [formats.nationalDigits, formats.e164Digits]))] : [];
    const answers = await getMany(api, [...sosl, ...byText.map((t) => queryPath(t.soql))]);
    const found = sosl.length ? searchRecords(answers[0] as SearchBody) : [];
    const queried = await Promise.all(
      byText.map(async ({ target }, i) => (await rowsFrom(api, answers[sosl.length + i] as QueryPage)).map((row) => salesforceRecordOf(row, target.object))),
    );
    const fieldsOf = new Map(targets.map((t) => [t.object, t.fields]));
    return [...found, ...queried.flat()].filter((record) =>
      (fieldsOf.get(record.object) ?? []).some((f) => typeof record.fields?.[f] === 'string' && normalizePhone(record.fields[f] as string) === formats.e164),
    );
  }

  async function search(sosl: string): Promise<CrmRecord[]> {
    return searchRecords(await api.call<SearchBody>(searchPath(sosl)));
  }

  async function write(object: string, attempt: () => Promise<string>): Promise<WriteOutcome> {
    try {
      return { written: ref(object, await attempt()) };
    } catch (error) {
      if (isCrmError(error) && error.kind === 'validation') return { invalid: error };
      throw error;
    }
  }

  async function read(target: CrmRecordRef, fields?: string[]): Promise<CrmRecord> {
    const query = fields?.length ? `?fields=${encodeURIComponent([...new Set(['Id', nameFieldOf(target.object), ...fields])].join(','))}` : '';
    const row = await api.call<SoqlRow>(`/sobjects/${encodeURIComponent(target.object)}/${encodeURIComponent(target.id)}${query}`);
    return salesforceRecordOf(row, target.object);
  }

  return {
    read,
    get: (target, fields) => nullWhenNotFound(read(target, fields)),

    create(object, fields) {
      return write(object, async () => (await api.call<{ id: string }>(`/sobjects/${object}`, { method: 'POST', body: fields })).id);
    },

    update(target, fields) {
      return write(target.object, async () => {
        await api.call(`/sobjects/${target.object}/${target.id}`, { method: 'PATCH', body: fields });
        return target.id;
      });
    },

    async createMany(records) {
      if (records.length === 0) return [];
      const body = { allOrNone: false, records: records.map((r) => ({ attributes: { type: r.object }, ...r.fields })) };
      const results = await api.call<{ id?: string; success: boolean; errors: unknown[] }[]>('/composite/sobjects', { method: 'POST', body });
      return results.map((result, i) => {
        if (result.success && result.id) return { written: ref(records[i].object, result.id) };
        return { invalid: salesforceError(400, result.errors) };
      });
    },

    async searchByPhone(phone) {
      const formats = phoneFormats(phone);
      if (!formats) return [];
      return search(phoneSearch([formats.nationalDigits, formats.e164Digits], await withLookupFields(PHONE_RETURNING)));
    },

    async searchByEmail(email) {
      const trimmed = email.trim();
      return trimmed.includes('@') ? search(emailSearch(trimmed, await withLookupFields(EMAIL_RETURNING))) : [];
    },

    /** Each target by SOQL on its fields, in parallel; the ANI through {@link lookupPhone}. */
    async lookup(step, value) {
      const trimmed = value.trim();
      if (!trimmed) return [];
      if (step.identifier === 'ani') return lookupPhone(step.targets, trimmed);
      const values = step.identifier === 'email' ? [trimmed, trimmed.toLowerCase()] : [trimmed];
      const lists = await Promise.all(
        step.targets.map(async (target) => {
          const rows = await queryAll(api, targetSoql(target, target.fields, values, await extraOf(target.object)));
          return rows.map((row) => salesforceRecordOf(row, target.object));
        }),
      );
      return lists.flat();
    },

    relatedRecords(parent, lists) {
      return Promise.all(lists.map((list) => relatedList(api, parent, list)));
    },
  };
}

async function relatedList(api: SalesforceApi, parent: CrmRecordRef, list: RelatedListRequest): Promise<RelatedList> {
  const fields = [...new Set(['Id', nameFieldOf(list.object), ...(list.fields ?? [])])].join(', ');
  const soql = `SELECT ${fields} FROM ${list.object} WHERE ${list.field} = ${soqlId(parent.id)} ORDER BY CreatedDate DESC LIMIT ${list.limit ?? 50}`;
  const rows = await queryAll(api, soql);
  return { object: list.object, field: list.field, records: rows.map((row) => salesforceRecordOf(row, list.object)) };
}
