import { isCrmError, serviceNowRecordOf, tableCatalog, type CrmRecord, type DynamicsApi, type SalesforceApi, type TableApi, type ZendeskApi } from '../../../shared';

/** What a CRM says about an object: its fields, that it has no such object, or nothing it can tell. */
export type ObjectFields = { fields: ReadonlySet<string> } | { unknownObject: true } | { unknown: true };

/** The console's look into a CRM: an object's fields (save-time checks) and one record (Test connection). */
export interface SchemaProbe {
  /** Throws when the CRM cannot be reached: the caller turns that into a warning. */
  objectFields(object: string): Promise<ObjectFields>;
  readOne(): Promise<CrmRecord | null>;
}

const notFound = (error: unknown) => isCrmError(error) && (error.kind === 'not-found' || error.kind === 'validation');

/**
 * Salesforce: sObject Describe lists the fields the user may read; an unknown object is 404 NOT_FOUND
 * (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_sobject_describe.htm).
 */
export function salesforceProbe(api: SalesforceApi): SchemaProbe {
  return {
    async objectFields(object) {
      try {
        const body = await api.call<{ fields?: { name: string }[] }>(`/sobjects/${encodeURIComponent(object)}/describe`);
        return { fields: new Set((body.fields ?? []).map((f) => f.name.toLowerCase())) };
      } catch (error) {
        if (notFound(error)) return { unknownObject: true };
        throw error;
      }
    },
    async readOne() {
      const body = await api.call<{ records?: { Id: string; Name?: string }[] }>(`/query?q=${encodeURIComponent('SELECT Id, Name FROM Contact LIMIT 1')}`);
      const row = body.records?.[0];
      return row ? { crm: 'salesforce', object: 'Contact', id: row.Id, name: row.Name ?? '' } : null;
    },
  };
}

/**
 * ServiceNow: the Table API refuses an unknown table and leaves out of `sysparm_fields` the names a
 * table lacks, so one row read with the fields tells which exist; an empty table tells nothing
 * (https://www.servicenow.com/docs/r/api-reference/rest-apis/c_TableAPI.html).
 */
export function serviceNowProbe(table: TableApi): SchemaProbe {
  return {
    async objectFields(object) {
      try {
        const [row] = await table.list(object, { limit: 1 });
        return row ? { fields: new Set(Object.keys(row).map((f) => f.toLowerCase())) } : { unknown: true };
      } catch (error) {
        if (notFound(error)) return { unknownObject: true };
        throw error;
      }
    },
    async readOne() {
      const [row] = await table.list('customer_contact', { limit: 1, fields: ['name'] });
      return row ? serviceNowRecordOf('customer_contact', row) : null;
    },
  };
}

/**
 * Dynamics 365: `EntityDefinitions` names a table's columns; an unknown table is 404
 * (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query-metadata-web-api).
 */
export function dynamicsProbe(api: DynamicsApi): SchemaProbe {
  const tableOf = tableCatalog(api);
  return {
    async objectFields(object) {
      try {
        const table = await tableOf(object);
        return { fields: new Set([...table.columns, ...[...table.lookups].map((name) => `_${name}_value`)]) };
      } catch (error) {
        if (notFound(error)) return { unknownObject: true };
        throw error;
      }
    },
    async readOne() {
      const body = await api.call<{ value: { contactid: string; fullname?: string }[] }>('/contacts?$select=fullname&$top=1');
      const row = body.value[0];
      return row ? { crm: 'dynamics', object: 'contact', id: row.contactid, name: row.fullname ?? '' } : null;
    },
  };
}

/** Zendesk: users, organizations and tickets have open-ended fields (custom `user_fields`), so only one user is read. */
export function zendeskProbe(api: ZendeskApi): SchemaProbe {
  return {
    async objectFields() {
      return { unknown: true };
    },
    async readOne() {
      const body = await api.call<{ users?: { id: number; name?: string }[] }>('/users.json?per_page=1');
      const row = body.users?.[0];
      return row ? { crm: 'zendesk', object: 'user', id: String(row.id), name: row.name ?? '' } : null;
    },
  };
}
