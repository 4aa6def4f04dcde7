import type { SfRecord, SObjectSchema } from '../model/types';

/**
 * Compound address fields (`BillingAddress`) read as one structured value made of their
 * components, and are null when every component is; the API never writes them directly.
 * https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/compound_fields_address.htm
 */
const PARTS = { Street: 'street', City: 'city', State: 'state', PostalCode: 'postalCode', Country: 'country', Latitude: 'latitude', Longitude: 'longitude', GeocodeAccuracy: 'geocodeAccuracy' } as const;

export function applyCompoundFields(schema: SObjectSchema, record: SfRecord): void {
  for (const address of schema.fields.filter((f) => f.type === 'address')) {
    const prefix = address.name.replace(/Address$/, '');
    const value: Record<string, unknown> = {};
    let any = false;
    for (const [suffix, key] of Object.entries(PARTS).sort(([, a], [, b]) => a.localeCompare(b))) {
      const part = record[`${prefix}${suffix}`] ?? null;
      value[key] = part;
      any ||= part !== null;
    }
    record[address.name] = any ? value : null;
  }
}
