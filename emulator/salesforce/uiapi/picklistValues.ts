import type { SObjectSchema } from '../model/types';

const MASTER = '012000000000000AAA';

/**
 * The UI API Picklist Values Collection of one record type: every picklist field with the
 * active values that record type allows (Master allows all of them).
 * https://developer.salesforce.com/docs/atlas.en-us.uiapi.meta/uiapi/ui_api_resources_picklist_values_collection.htm
 */
export function picklistValuesOf(schema: SObjectSchema, recordTypeId: string): Record<string, unknown> | undefined {
  const recordType = schema.recordTypes?.find((rt) => rt.id === recordTypeId);
  if (!recordType && recordTypeId !== MASTER) return undefined;
  const base = `/services/data/v62.0/ui-api/object-info/${schema.name}/picklist-values/${recordTypeId}`;
  const fields = schema.fields.filter((f) => (f.type === 'picklist' || f.type === 'multipicklist') && f.picklistValues);
  const picklistFieldValues = Object.fromEntries(
    fields.map((field) => {
      const allowed = recordType?.picklistValues[field.name];
      const values = (field.picklistValues ?? []).filter((v) => v.active && (!allowed || allowed.includes(v.value)));
      const initial = values.find((v) => v.defaultValue);
      const entry = (v: { value: string; label: string }) => ({ attributes: null, label: v.label, validFor: [], value: v.value });
      return [field.name, { controllerValues: {}, defaultValue: initial ? entry(initial) : null, eTag: `${schema.name}.${field.name}.${values.length}`, url: `${base}/${field.name}`, values: values.map(entry) }];
    }),
  );
  return { eTag: `${schema.name}.${recordTypeId}`, picklistFieldValues };
}
