import { isDeepStrictEqual } from 'node:util';
import { CRM_NAMES as NAMES, type Config, type ConfigError } from '../../../shared';
import type { CrmConnection } from '../crm/connections';
import type { ObjectFields } from '../crm/schemaProbe';
import { unknownFactFields } from './factFieldCheck';

/** How long the save waits for a CRM's describe before it saves with a warning instead. */
const CHECK_BUDGET_MS = 5000;

function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * §7.1 at save time: the objects and fields a changed lookup plan searches and returns must exist
 * in the CRM (Salesforce describe, the ServiceNow Table API), and so must changed facts' fields. Unknown ones are refused with their
 * path; a CRM that cannot be reached leaves them unchecked, with a warning, never a refusal.
 * Dotted paths (`Account.Tier__c`) and an empty ServiceNow table cannot be told from here and pass.
 */
export async function checkPlansAgainstCrms(config: Config, previous: Config, connections: CrmConnection[]): Promise<{ errors: ConfigError[]; warnings: ConfigError[] }> {
  const errors: ConfigError[] = [];
  const warnings: ConfigError[] = [];
  await Promise.all(
    connections.map(async ({ crm, probe }) => {
      const plan = config.ivr.lookup[crm];
      const planChanged = !isDeepStrictEqual(plan, previous.ivr.lookup[crm]);
      const factsChanged = !isDeepStrictEqual(config.facts, previous.facts);
      if (!planChanged && !factsChanged) return;
      const base = planChanged ? `ivr.lookup.${crm}` : 'facts';
      const described = new Map<string, Promise<ObjectFields>>();
      const fieldsOf = (object: string) => described.get(object) ?? described.set(object, probe.objectFields(object)).get(object)!;
      const checkPlan = () =>
        Promise.all(
          plan.flatMap((step, i) =>
            step.targets.map(async (target, j) => {
              const at = `ivr.lookup.${crm}[${i}].targets[${j}]`;
              const found = await fieldsOf(target.object);
              if ('unknownObject' in found) return errors.push({ path: `${at}.object`, message: `${NAMES[crm]} has no object '${target.object}'` });
              if ('unknown' in found) return warnings.push({ path: `${at}.object`, message: `${target.object} has no records to tell its fields from: not checked` });
              for (const list of ['fields', 'returning'] as const) {
                (target[list] ?? []).forEach((field, k) => {
                  if (!field.includes('.') && !found.fields.has(field.toLowerCase())) errors.push({ path: `${at}.${list}[${k}]`, message: `${target.object} has no field '${field}'` });
                });
              }
            }),
          ),
        );
      const checkFacts = async () => errors.push(...(await unknownFactFields(config, previous, crm, fieldsOf)));
      try {
        await within(CHECK_BUDGET_MS, Promise.all([planChanged ? checkPlan() : null, factsChanged ? checkFacts() : null]));
      } catch (error) {
        warnings.push({ path: base, message: `${NAMES[crm]} could not be reached (${(error as Error).message}): its objects and fields were not checked` });
      }
    }),
  );
  const byPath = (a: ConfigError, b: ConfigError) => a.path.localeCompare(b.path, 'en', { numeric: true });
  return { errors: errors.sort(byPath), warnings: warnings.sort(byPath) };
}
