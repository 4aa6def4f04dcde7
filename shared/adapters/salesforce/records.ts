import type { FieldValues, IdentifierKind, RecordsPort, RelatedList, RelatedListRequest, WriteOutcome } from '../../ports/recordsPort';
import { isCrmError } from '../../ports/crmError';
import type { CrmRecord, CrmRecordRef } from '../../vocabulary/crmRecord';
import { phoneFormats } from '../phoneFormats';
import type { SalesforceApi } from './api';
import { describedFields } from './describedFields';
import { salesforceError } from './errors';
import { nameFieldOf, salesforceRecordOf } from './naming';
import { queryAll, soqlId, soqlString, type SoqlRow } from './soql';
import { EMAIL_RETURNING, emailSearch, PHONE_RETURNING, phoneSearch, type Returning } from './sosl';

/** Where an identifier lives and what its query returns: `object: [the identifier's field, ...fields]`. */
const IDENTIFIERS: Record<IdentifierKind, Returning> = {
  'account-number': { Account: ['AccountNumber', 'Id', 'Name', 'Phone'] },
  'case-number': { Case: ['CaseNumber', 'Id', 'Subject', 'Status', 'ContactId', 'AccountId'] },
};

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

  async function search(sosl: string): Promise<CrmRecord[]> {
    const body = await api.call<{ searchRecords?: SoqlRow[] } | SoqlRow[]>(`/search?q=${encodeURIComponent(sosl)}`);
    const rows = Array.isArray(body) ? body : (body.searchRecords ?? []);
    return rows.map((row) => salesforceRecordOf(row));
  }

  async function write(object: string, attempt: () => Promise<string>): Promise<WriteOutcome> {
    try {
      return { written: ref(object, await attempt()) };
    } catch (error) {
      if (isCrmError(error) && error.kind === 'validation') return { invalid: error };
      throw error;
    }
  }

  return {
    async get(target, fields) {
      const query = fields?.length ? `?fields=${encodeURIComponent([...new Set(['Id', nameFieldOf(target.object), ...fields])].join(','))}` : '';
      try {
        const row = await api.call<SoqlRow>(`/sobjects/${target.object}/${target.id}${query}`);
        return salesforceRecordOf(row, target.object);
      } catch (error) {
        if (isCrmError(error) && error.kind === 'not-found') return null;
        throw error;
      }
    },

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

    async searchByIdentifier(kind, value) {
      const [[object, fields]] = Object.entries(await withLookupFields(IDENTIFIERS[kind]));
      const rows = await queryAll(api, `SELECT ${[...new Set(fields)].join(', ')} FROM ${object} WHERE ${fields[0]} = ${soqlString(value.trim())}`);
      return rows.map((row) => salesforceRecordOf(row));
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
