import type { SfRecord, SObjectSchema } from '../model/types';
import { fail } from '../http/errors';

/** A record as the REST API returns it: `attributes` first, then fields in describe order. */
export function toRest(version: string, schema: SObjectSchema, record: SfRecord, fieldNames?: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = { attributes: { type: schema.name, url: `/services/data/${version}/sobjects/${schema.name}/${record.Id}` } };
  const fields = fieldNames ?? schema.fields.map((f) => f.name);
  for (const name of fields) out[name] = record[name] ?? null;
  return out;
}

/** `?fields=A,B`: canonical field names, or INVALID_FIELD for an unknown one. */
export function pickFields(schema: SObjectSchema, list: unknown): string[] | undefined {
  if (typeof list !== 'string' || list.trim() === '') return undefined;
  return list.split(',').map((raw) => {
    const name = raw.trim();
    const field = schema.fields.find((f) => f.name.toLowerCase() === name.toLowerCase());
    if (!field) throw fail(400, 'INVALID_FIELD', `No such column '${name}' on entity '${schema.name}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`);
    return field.name;
  });
}
