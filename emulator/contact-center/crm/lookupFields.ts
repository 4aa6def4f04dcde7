import { factFields, type Config, type Crm } from '../../../shared';

/** Computed once per configuration: a PUT replaces the parsed config, so its identity tells a change. */
const known = new WeakMap<Config, Map<string, string[]>>();

/**
 * What an IVR lookup returns of `object` besides the card's own fields: the fields the customer
 * facts map for this CRM (what the greeting and the fact rules read, §7.2, §7.3), the fields rules
 * written on one CRM's fields test, and what the admin's lookup plan names for the object (§7.1).
 * With them in the lookup's answer, neither the greeting nor the routing reads the record again.
 * The adapters keep only the fields each object has.
 */
export function lookupFieldsOf(config: Config, crm: Crm, object: string): string[] {
  let perObject = known.get(config);
  if (!perObject) known.set(config, (perObject = new Map()));
  const key = `${crm}\u0000${object}`;
  let fields = perObject.get(key);
  if (!fields) {
    const planned = config.ivr.lookup[crm].flatMap((step) => step.targets.filter((t) => t.object === object).flatMap((t) => t.fields));
    const routed = config.routing.rules.flatMap((rule) => rule.when.flatMap((condition) => (condition.field === undefined ? [] : [condition.field])));
    fields = [...new Set([...factFields(config.facts, crm), ...routed, ...planned])];
    perObject.set(key, fields);
  }
  return fields;
}
