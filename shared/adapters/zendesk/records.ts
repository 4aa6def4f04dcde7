import { isCrmError, nullWhenNotFound } from '../../ports/crmError';
import type { FieldValues, RecordsPort, WriteOutcome } from '../../ports/recordsPort';
import type { CrmRecord, CrmRecordRef } from '../../vocabulary/crmRecord';
import { phoneFormats } from '../phoneFormats';
import { targetRequests } from './lookupQueries';
import type { ZendeskApi } from './api';

/** Zendesk objects by the card's name for them: the API's collection and its singular key. */
const COLLECTIONS: Record<string, string> = { user: 'users', ticket: 'tickets', organization: 'organizations' };

type Row = { id: number; name?: string; subject?: string; result_type?: string } & Record<string, unknown>;

function toCrmRecord(object: string, row: Row): CrmRecord {
  return { crm: 'zendesk', object, id: String(row.id), name: row.name ?? row.subject ?? '', fields: row };
}

const collectionOf = (object: string) => {
  const collection = COLLECTIONS[object];
  if (!collection) throw new Error(`Zendesk has no ${object} objects here`);
  return collection;
};

/** Lookups for the card and the IVR in Zendesk: users are the person-level records. */
export function zendeskRecords(api: ZendeskApi): RecordsPort {
  async function search(query: string): Promise<CrmRecord[]> {
    const page = await api.call<{ results: Row[] }>(`/search.json?query=${encodeURIComponent(query)}`);
    return page.results.map((row) => toCrmRecord(row.result_type ?? 'user', row));
  }

  /**
   * A user's organization rides along under `organization`, so facts can read its fields
   * (`organization.organization_fields.tier`): one Show Many Organizations for all users found
   * (https://developer.zendesk.com/api-reference/ticketing/organizations/organizations/#show-many-organizations).
   */
  async function withOrganizations(records: CrmRecord[]): Promise<CrmRecord[]> {
    const ids = [...new Set(records.filter((r) => r.object === 'user' && r.fields?.organization_id).map((r) => String(r.fields!.organization_id)))];
    if (ids.length === 0) return records;
    const page = await api.call<{ organizations: Row[] }>(`/organizations/show_many.json?ids=${ids.slice(0, 100).join(',')}`);
    const byId = new Map(page.organizations.map((o) => [String(o.id), o]));
    return records.map((r) => {
      const organization = r.object === 'user' ? byId.get(String(r.fields?.organization_id)) : undefined;
      return organization ? { ...r, fields: { ...r.fields, organization } } : r;
    });
  }

  async function write(object: string, attempt: () => Promise<Record<string, Row>>): Promise<WriteOutcome> {
    try {
      const body = await attempt();
      return { written: { crm: 'zendesk', object, id: String(body[object].id) } };
    } catch (error) {
      if (isCrmError(error) && error.kind === 'validation') return { invalid: error };
      throw error;
    }
  }

  async function read(ref: CrmRecordRef): Promise<CrmRecord> {
    const body = await api.call<Record<string, Row>>(`/${collectionOf(ref.object)}/${encodeURIComponent(ref.id)}.json`);
    return toCrmRecord(ref.object, body[ref.object]);
  }

  return {
    read,
    get: (ref: CrmRecordRef) => nullWhenNotFound(read(ref)),

    create: (object: string, fields: FieldValues) =>
      write(object, () => api.call(`/${collectionOf(object)}.json`, { method: 'POST', body: { [object]: fields } })),

    update: (ref: CrmRecordRef, fields: FieldValues) =>
      write(ref.object, () => api.call(`/${collectionOf(ref.object)}/${encodeURIComponent(ref.id)}.json`, { method: 'PUT', body: { [ref.object]: fields } })),

    /**
     * Digits only, no `+`, and a leading `*` to match every format the number was saved in
     * (https://developer.zendesk.com/documentation/voice/talk-partner-edition/retrieving-the-zendesk-user-id-of-a-caller/).
     */
    async searchByPhone(phone) {
      const formats = phoneFormats(phone);
      return formats ? search(`type:user phone:*${formats.nationalDigits}`) : [];
    },

    async searchByEmail(email) {
      const trimmed = email.trim();
      return /^\S+@\S+$/.test(trimmed) ? search(`type:user email:${trimmed}`) : [];
    },

    /** Every target's searches (and reads by id) in parallel, as the plan's step names them. */
    async lookup(step, value) {
      const requests = step.targets.flatMap((target) => targetRequests(target, step.identifier, value));
      const lists = await Promise.all(
        requests.map(async (request) => {
          if ('search' in request) return search(request.search);
          if ('organizationsByExternalId' in request) {
            const page = await api.call<{ organizations: Row[] }>(`/organizations/search.json?external_id=${encodeURIComponent(request.organizationsByExternalId)}`);
            return page.organizations.map((row) => toCrmRecord('organization', row));
          }
          const found = await this.get({ crm: 'zendesk', ...request.get });
          return found ? [found] : [];
        }),
      );
      return withOrganizations(lists.flat());
    },

    relatedRecords(parent, lists) {
      return Promise.all(
        lists.map(async (list) => {
          const records = await search(`type:${list.object} ${list.field}:${parent.id}`);
          return { object: list.object, field: list.field, records: records.slice(0, list.limit ?? 50) };
        }),
      );
    },
  };
}
