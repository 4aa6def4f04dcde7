import type { Crm } from '../vocabulary/crmRecord';

/**
 * The fields an agent fills on the create pop-up for each type (PRODUCT.md §4.1), in the
 * order they appear: what identifies the contact and what the record is about, short enough
 * for a call. Fields the CRM requires are added after these.
 * https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_case.htm
 */
const LAYOUTS: Partial<Record<Crm, Record<string, readonly string[]>>> = {
  salesforce: {
    Case: ['Subject', 'Description', 'Origin', 'Priority', 'SuppliedName', 'SuppliedEmail', 'SuppliedPhone'],
    Contact: ['FirstName', 'LastName', 'Phone', 'Email'],
    Lead: ['FirstName', 'LastName', 'Company', 'Phone', 'Email'],
  },
};

/** What the CRM says about one field of the type (Salesforce: UI API object info). */
export interface DescribedField {
  name: string;
  required: boolean;
  createable: boolean;
}

/**
 * The create form's fields: the type's layout, then every other field the CRM requires.
 * Once the CRM has described the type, fields it does not let the agent set are left out;
 * before that, the layout alone.
 */
export function createFormFields(crm: Crm, object: string, described: readonly DescribedField[] = []): string[] {
  const layout = LAYOUTS[crm]?.[object] ?? [];
  if (described.length === 0) return [...layout];
  const createable = new Map(described.filter((field) => field.createable).map((field) => [field.name, field]));
  const required = [...createable.values()].filter((field) => field.required && !layout.includes(field.name)).map((field) => field.name);
  return [...layout.filter((name) => createable.has(name)), ...required];
}
