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

/** An instance's tables extend one another; a chain longer than this is a loop in the data. */
const MAX_TABLE_DEPTH = 10;

/**
 * ServiceNow's dictionary: a table's fields are the sys_dictionary rows of the table and of every
 * table it extends (sys_db_object.super_class), so an empty table is checked too. Undefined when
 * the user may not read the dictionary (a 403, or rows a read ACL hides): the caller falls back.
 * https://www.servicenow.com/docs/r/platform-administration/c_SystemDictionary.html
 */
async function dictionaryFields(table: TableApi, object: string): Promise<ObjectFields | undefined> {
  try {
    const [found] = await table.list('sys_db_object', { query: `name=${object}`, fields: ['name', 'super_class'], limit: 1 });
    if (!found) return { unknownObject: true };
    const names = [object];
    for (let parent = String(found.super_class ?? ''); parent && names.length < MAX_TABLE_DEPTH; ) {
      const row = await table.get('sys_db_object', parent, ['name', 'super_class']);
      names.push(String(row.name));
      parent = String(row.super_class ?? '');
    }
    const rows = await table.list('sys_dictionary', { query: `nameIN${names.join(',')}^elementISNOTEMPTY`, fields: ['element'], limit: 10_000 });
    return rows.length ? { fields: new Set(rows.map((r) => String(r.element).toLowerCase())) } : undefined;
  } catch (error) {
    if (isCrmError(error) && (error.kind === 'auth' || notFound(error))) return undefined;
    throw error;
  }
}

/**
 * ServiceNow: the dictionary when the user may read it; otherwise one row, since the Table API
 * refuses an unknown table and leaves out of `sysparm_fields` the names a table lacks, so a row
 * read with the fields tells which exist; an empty table then tells nothing
 * (https://www.servicenow.com/docs/r/api-reference/rest-apis/c_TableAPI.html).
 */
export function serviceNowProbe(table: TableApi): SchemaProbe {
  return {
    async objectFields(object) {
      const described = await dictionaryFields(table, object);
      if (described) return described;
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
