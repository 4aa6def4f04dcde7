import type { Config, Crm } from '../../../shared';

/** Where CRMs keep a person's preferred language: a Salesforce custom field, ServiceNow's own or custom ones. */
export const LANGUAGE_FIELDS = ['Preferred_Language__c', 'preferred_language', 'u_preferred_language', 'language'];

/** Computed once per configuration: a PUT replaces the parsed config, so its identity tells a change. */
const known = new WeakMap<Config, Map<string, string[]>>();

/**
 * What an IVR lookup returns of `object` besides the card's own fields: what the greeting reads
 * (§7.2), what the routing rules test (§7.3) and what the admin's lookup plan names for the
 * object (§7.1). With them in the lookup's answer, neither the greeting nor the routing reads
 * the record again. The rules do not say which CRM a field belongs to; the adapters keep only
 * the fields each object has.
 */
export function lookupFieldsOf(config: Config, crm: Crm, object: string): string[] {
  let perObject = known.get(config);
  if (!perObject) known.set(config, (perObject = new Map()));
  const key = `${crm}\u0000${object}`;
  let fields = perObject.get(key);
  if (!fields) {
    const planned = config.ivr.lookup[crm].flatMap((step) => step.targets.filter((t) => t.object === object).flatMap((t) => t.fields));
    const routed = config.routing.rules.flatMap((rule) => rule.when.map((condition) => condition.field));
    const shown = [...config.display.alert, ...config.display.card];
    fields = [...new Set([...LANGUAGE_FIELDS, ...routed, ...planned, ...shown])];
    perObject.set(key, fields);
  }
  return fields;
}
