import { isDeepStrictEqual } from 'node:util';
import { CRM_NAMES, type Config, type ConfigError, type Crm } from '../../../shared';
import type { ObjectFields } from '../crm/schemaProbe';

/**
 * A fact is read from the record a lookup found, so a field it names must exist on at least one
 * object the CRM's lookup plan searches. Only the facts whose fields changed for this CRM are
 * checked (the defaults name alternatives a given org may lack); dotted paths (`account.u_tier`)
 * and objects the CRM cannot describe (an empty ServiceNow table) leave a field unchecked.
 */
export async function unknownFactFields(config: Config, previous: Config, crm: Crm, fieldsOf: (object: string) => Promise<ObjectFields>): Promise<ConfigError[]> {
  const changed = Object.entries(config.facts).filter(([name, source]) => !isDeepStrictEqual(source[crm], previous.facts[name]?.[crm]) && source[crm].length > 0);
  if (changed.length === 0) return [];
  const objects = [...new Set(config.ivr.lookup[crm].flatMap((step) => step.targets.map((t) => t.object)))];
  const described = await Promise.all(objects.map(fieldsOf));
  if (described.some((d) => 'unknown' in d)) return [];
  const known = described.flatMap((d) => ('fields' in d ? [d.fields] : []));
  return changed.flatMap(([name, source]) =>
    source[crm].flatMap((field, k) =>
      field.includes('.') || known.some((fields) => fields.has(field.toLowerCase()))
        ? []
        : [{ path: `facts.${name}.${crm}[${k}]`, message: `no object the ${CRM_NAMES[crm]} lookup plan searches has a field '${field}'` }],
    ),
  );
}
