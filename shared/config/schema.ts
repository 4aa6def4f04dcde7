import { isSupportedCountry } from 'libphonenumber-js';
import { z } from 'zod';
import { displayConfigSchema, wrapUpConfigSchema, writeBackConfigSchema } from '../desktop/desktopConfig';
import { factNameSchema, factsSchema } from '../facts/factSchema';
import { actionStepSchema } from '../dataActions/actionStep';
import { dataActionsConfigSchema } from '../dataActions/dataActionsConfig';
import { secretsNamed } from '../dataActions/template';
import { DEFAULT_LOOKUP_PLANS, lookupPlanSchema } from '../ivr/lookupPlan';
import { routingConfigSchema } from '../routing/ruleSchema';
import { screenPopConfigSchema } from '../screenPop/policy';
import { connectionsSchema } from './connections';
import { featuresSchema } from './features';

const region = z
  .string()
  .refine((value) => isSupportedCountry(value), 'must be a country code such as US, ES or JP')
  .default('US');

const language = z.string().regex(/^[a-z]{2}$/, 'a two-letter language code such as en').default('en');

/** The whole admin configuration (ARCHITECTURE rule 7: configuration is data, validated on load). */
export const configSchema = z.strictObject({
  features: featuresSchema,
  connections: connectionsSchema,
  phone: z.object({ defaultRegion: region }).prefault({}),
  ivr: z
    .object({
      company: z.string().trim().min(1).default('Alpine Fibre'),
      defaultLanguage: language,
      /** How long the IVR waits for each CRM's lookup; one that answers later is skipped and named (§7.1). */
      budgetMs: z.number().int().min(50).max(10000).default(1500),
      lookup: z
        .object({
          salesforce: lookupPlanSchema.default(DEFAULT_LOOKUP_PLANS.salesforce),
          servicenow: lookupPlanSchema.default(DEFAULT_LOOKUP_PLANS.servicenow),
          zendesk: lookupPlanSchema.default(DEFAULT_LOOKUP_PLANS.zendesk),
          dynamics: lookupPlanSchema.default(DEFAULT_LOOKUP_PLANS.dynamics),
          /** Generic data actions as steps of the plan (issue 19), run beside the CRM lookups. */
          actions: z.array(actionStepSchema).default([]),
        })
        .prefault({}),
      /** §7.2: the facts the greeting addresses the caller by and speaks in. */
      greeting: z
        .object({ nameFact: factNameSchema.default('firstName'), languageFact: factNameSchema.default('language') })
        .prefault({}),
    })
    .prefault({}),
  /** Customer facts, one vocabulary: each CRM's fields mapped to named facts that rules, greetings and displays use. */
  facts: factsSchema,
  routing: routingConfigSchema,
  /** §7.6: what answering opens, per channel. */
  screenPop: screenPopConfigSchema,
  /** §2.2: after-call work, its longest time and the disposition codes an agent picks from. */
  wrapUp: wrapUpConfigSchema,
  /** Which facts the agent's alert and the card show. */
  display: displayConfigSchema,
  writeBack: writeBackConfigSchema,
  /** Generic REST and GraphQL data actions (issue 19), and the secrets their templates name. */
  dataActions: dataActionsConfigSchema,
});

export type Config = z.infer<typeof configSchema>;

/**
 * Every fact a rule, the greeting or a display names must be one the configuration maps; the
 * paths name each unknown one. Checked at load with the rest (a typo must not route silently).
 */
export function unknownFacts(config: Config): { path: string; message: string }[] {
  // A fact is mapped from CRM fields, or given by a data action step of the lookup plan.
  const fromActions = new Set(config.ivr.lookup.actions.flatMap((step) => Object.keys(step.facts)));
  const known = (fact: string) => Object.hasOwn(config.facts, fact) || fromActions.has(fact);
  const errors: { path: string; message: string }[] = [];
  const need = (fact: string, path: string) => {
    if (!known(fact)) errors.push({ path, message: `unknown fact '${fact}'` });
  };
  config.routing.rules.forEach((rule, i) => rule.when.forEach((c, j) => c.fact !== undefined && need(c.fact, `routing.rules[${i}].when[${j}].fact`)));
  need(config.ivr.greeting.nameFact, 'ivr.greeting.nameFact');
  need(config.ivr.greeting.languageFact, 'ivr.greeting.languageFact');
  for (const list of ['alert', 'card'] as const) config.display[list].forEach((fact, i) => need(fact, `display.${list}[${i}]`));
  const { actions, secrets } = config.dataActions;
  config.ivr.lookup.actions.forEach((step, i) => {
    const path = `ivr.lookup.actions[${i}]`;
    if (!actions.some((a) => a.id === step.action)) errors.push({ path: `${path}.action`, message: `unknown data action '${step.action}'` });
    for (const [name, source] of Object.entries(step.input)) if (source.startsWith('fact.')) need(source.slice(5), `${path}.input.${name}`);
  });
  actions.forEach((action, i) => {
    for (const name of secretsNamed(action)) {
      if (!Object.hasOwn(secrets, name)) errors.push({ path: `dataActions.actions[${i}].request`, message: `unknown secret '${name}'` });
    }
  });
  return errors;
}
