/**
 * Table (entity) and column (attribute) definitions, as Dataverse describes them in
 * EntityDefinitions: https://learn.microsoft.com/power-apps/developer/data-platform/entity-metadata
 */
export type AttributeType =
  | 'uniqueidentifier'
  | 'string'
  | 'memo'
  | 'integer'
  | 'bigint'
  | 'decimal'
  | 'boolean'
  | 'datetime'
  | 'picklist'
  | 'state'
  | 'status'
  | 'lookup'
  | 'customer';

export interface OptionDef {
  value: number;
  label: string;
  /** For a status reason: the state (statecode) it belongs to. */
  state?: number;
}

/** One table a lookup may point at, and the single-valued navigation property that reaches it. */
export interface LookupTarget {
  entity: string;
  navigation: string;
}

export interface AttributeDef {
  logicalName: string;
  type: AttributeType;
  label: string;
  maxLength?: number;
  /** String formats change nothing but indexing: phone numbers also get a digits index. */
  format?: 'text' | 'phone' | 'email' | 'url';
  options?: OptionDef[];
  targets?: LookupTarget[];
  /** The planner may narrow a query on it through an in-memory index. */
  indexed?: boolean;
  /** Computed or system managed: clients cannot set it. */
  readOnly?: boolean;
  /** SystemRequired: a create without it is refused. */
  required?: boolean;
  defaultValue?: number | boolean;
  /** Added by custom metadata rather than shipped with the table. */
  custom?: boolean;
}

export interface LookupValue {
  id: string;
  entity: string;
}

export type Value = string | number | boolean | null | LookupValue;
/** A stored row: attribute logical name -> value; lookups hold the target's id and table. */
export type Row = Record<string, Value>;

export interface EntityDef {
  logicalName: string;
  entitySetName: string;
  displayName: string;
  primaryIdAttribute: string;
  primaryNameAttribute: string;
  attributes: AttributeDef[];
  /** Alternate keys, each a list of attribute names usable as `set(attr='value')`. */
  alternateKeys?: string[][];
  /** Auto-number column such as incident.ticketnumber (CAS-01001-X1Y2Z3). */
  autoNumber?: { attribute: string; prefix: string; start: number };
  /** Values the platform computes on every write, such as contact.fullname. */
  derive?: (row: Row) => Row;
  custom?: boolean;
}

export interface Entity extends EntityDef {
  byName: Map<string, AttributeDef>;
  /** Navigation property name -> the lookup attribute and target it stands for. */
  navigation: Map<string, { attribute: AttributeDef; target: LookupTarget }>;
}

export const isLookup = (attribute: AttributeDef): boolean => attribute.type === 'lookup' || attribute.type === 'customer';

export function isLookupValue(value: Value | undefined): value is LookupValue {
  return typeof value === 'object' && value !== null;
}

/** `_parentcustomerid_value`: the name a lookup's id goes by in queries and results. */
export const lookupPropertyName = (logicalName: string): string => `_${logicalName}_value`;
