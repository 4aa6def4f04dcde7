import type { DynamicsApi } from './api';

/** What the adapter needs to know of a table: where its rows live and which columns it has. */
export interface TableInfo {
  logicalName: string;
  entitySet: string;
  idAttribute: string;
  nameAttribute: string;
  /** Column logical names, lower case. */
  columns: ReadonlySet<string>;
  /** Lookup columns: read and filtered as `_{name}_value`. */
  lookups: ReadonlySet<string>;
}

interface EntityDefinition {
  LogicalName: string;
  EntitySetName: string;
  PrimaryIdAttribute: string;
  PrimaryNameAttribute: string;
}
interface AttributeDefinition {
  LogicalName: string;
  AttributeType?: string;
}

const LOOKUP_TYPES = new Set(['Lookup', 'Customer', 'Owner']);

/**
 * Tables as `EntityDefinitions` describes them, read once per table: entity set names are not
 * always the plural a guess would give, and `$select` refuses an unknown column
 * (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query-metadata-web-api).
 */
export function tableCatalog(api: DynamicsApi): (logicalName: string) => Promise<TableInfo> {
  const known = new Map<string, Promise<TableInfo>>();
  async function describe(logicalName: string): Promise<TableInfo> {
    const key = `LogicalName='${logicalName.replace(/'/g, "''")}'`;
    const select = '$select=LogicalName,EntitySetName,PrimaryIdAttribute,PrimaryNameAttribute';
    const [entity, attributes] = await Promise.all([
      api.call<EntityDefinition>(`/EntityDefinitions(${key})?${select}`),
      api.call<{ value: AttributeDefinition[] }>(`/EntityDefinitions(${key})/Attributes?$select=LogicalName,AttributeType`),
    ]);
    return {
      logicalName: entity.LogicalName,
      entitySet: entity.EntitySetName,
      idAttribute: entity.PrimaryIdAttribute,
      nameAttribute: entity.PrimaryNameAttribute,
      columns: new Set(attributes.value.map((a) => a.LogicalName.toLowerCase())),
      lookups: new Set(attributes.value.filter((a) => LOOKUP_TYPES.has(a.AttributeType ?? '')).map((a) => a.LogicalName.toLowerCase())),
    };
  }
  return (logicalName) => {
    let info = known.get(logicalName);
    if (!info) {
      info = describe(logicalName);
      known.set(logicalName, info);
      // A failed read (network, auth) is asked again next time, not remembered.
      info.catch(() => known.delete(logicalName));
    }
    return info;
  };
}

/** The name a column is read and filtered by: a lookup's value is `_{name}_value`. */
export function columnName(table: TableInfo, field: string): string | null {
  const name = field.toLowerCase();
  const bare = /^_(.+)_value$/.exec(name)?.[1];
  if (bare && table.lookups.has(bare)) return name;
  if (table.lookups.has(name)) return `_${name}_value`;
  return table.columns.has(name) ? name : null;
}
