import { isCrmError, nullWhenNotFound } from '../../ports/crmError';
import type { RecordsPort, WriteOutcome } from '../../ports/recordsPort';
import type { CrmRecord, CrmRecordRef } from '../../vocabulary/crmRecord';
import { normalizePhone } from '../../phone/normalizePhone';
import { phoneFormats } from '../phoneFormats';
import { anyFieldMatches } from './encodedQuery';
import { targetList } from './lookupQueries';
import type { SnRow, TableApi } from './table';
import { displayFieldOf, PERSON_TABLES, serviceNowRecordOf } from './tables';

const LIST_FIELDS = ['name', 'first_name', 'last_name', 'email', 'phone', 'mobile_phone', 'account', 'household'];

/** What a person found by a lookup carries for the card and the IVR: its name, contact points and who it belongs to. */
const PERSON_FIELDS = [...LIST_FIELDS, 'consumer', 'contact'];

export interface ServiceNowRecordsOptions {
  /**
   * Fields a lookup should also return (the greeting's language, the routing rules' fields), so
   * that nobody reads the record again. The Table API leaves out the names a table lacks
   * (https://www.servicenow.com/docs/r/api-reference/rest-apis/c_TableAPI.html, sysparm_fields).
   * Without it a lookup returns every field.
   */
  lookupFields?: (table: string) => readonly string[];
}

export function serviceNowRecords(table: TableApi, options: ServiceNowRecordsOptions = {}): RecordsPort {
  async function write(object: string, attempt: () => Promise<SnRow>): Promise<WriteOutcome> {
    try {
      return { written: { crm: 'servicenow', object, id: (await attempt()).sys_id } };
    } catch (error) {
      if (isCrmError(error) && error.kind === 'validation') return { invalid: error };
      throw error;
    }
  }

  async function searchPeople(queryOf: (entry: (typeof PERSON_TABLES)[number]) => string | null): Promise<CrmRecord[]> {
    const lists = await Promise.all(
      PERSON_TABLES.map(async (entry) => {
        const query = queryOf(entry);
        if (!query) return [];
        const extra = options.lookupFields?.(entry.table);
        const fields = extra && [...PERSON_FIELDS, ...entry.phoneFields, ...(entry.emailField ? [entry.emailField] : []), ...extra];
        const rows = await table.list(entry.table, { query, limit: 50, fields });
        return rows.map((row) => serviceNowRecordOf(entry.table, row));
      }),
    );
    return lists.flat();
  }

  async function read(ref: CrmRecordRef, fields?: string[]): Promise<CrmRecord> {
    const row = await table.get(ref.object, ref.id, fields && [displayFieldOf(ref.object), ...fields]);
    return serviceNowRecordOf(ref.object, row);
  }

  return {
    read,
    get: (ref, fields) => nullWhenNotFound(read(ref, fields)),

    create: (object, fields) => write(object, () => table.insert(object, fields)),
    update: (ref, fields) => write(ref.object, () => table.patch(ref.object, ref.id, fields)),

    /**
     * ServiceNow compares phone strings literally, as typed, so the number is asked for in the
     * formats people type it in. STARTSWITH also catches a typed extension ("... x105"); what comes
     * back is then kept only when it really is the same number.
     */
    async searchByPhone(phone) {
      const formats = phoneFormats(phone);
      if (!formats) return [];
      const found = await searchPeople((entry) => anyFieldMatches(entry.phoneFields, formats.typed, 'STARTSWITH'));
      return found.filter((record) => Object.values(record.fields ?? {}).some((value) => typeof value === 'string' && normalizePhone(value) === formats.e164));
    },

    async searchByEmail(email) {
      const trimmed = email.trim();
      if (!trimmed.includes('@')) return [];
      const variants = [...new Set([trimmed, trimmed.toLowerCase()])];
      return searchPeople((entry) => (entry.emailField ? anyFieldMatches([entry.emailField], variants) : null));
    },

    /** One list per target of the plan's step, sent as one batch; a phone match is kept only when a searched field is that number. */
    async lookup(step, value) {
      const e164 = step.identifier === 'ani' ? phoneFormats(value)?.e164 : undefined;
      const asked = step.targets.flatMap((target) => {
        const list = targetList(target, step.identifier, value, options.lookupFields?.(target.object) ?? []);
        return list ? [{ target, table: target.object, options: list }] : [];
      });
      const lists = await table.listMany(asked);
      return asked.flatMap(({ target }, i) => {
        const rows = lists[i];
        const kept = e164 ? rows.filter((row) => target.fields.some((f) => typeof row[f] === 'string' && normalizePhone(row[f] as string) === e164)) : rows;
        return kept.map((row) => serviceNowRecordOf(target.object, row));
      });
    },

    relatedRecords(parent, lists) {
      return Promise.all(
        lists.map(async (list) => {
          const fields = [displayFieldOf(list.object), ...(list.fields ?? LIST_FIELDS)];
          const rows = await table.list(list.object, {
            query: `${list.field}=${parent.id}^ORDERBYDESCsys_created_on`,
            fields,
            limit: list.limit ?? 50,
          });
          return { object: list.object, field: list.field, records: rows.map((row) => serviceNowRecordOf(list.object, row)) };
        }),
      );
    },
  };
}
