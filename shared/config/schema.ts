import { isSupportedCountry } from 'libphonenumber-js';
import { z } from 'zod';
import { displayConfigSchema, wrapUpConfigSchema, writeBackConfigSchema } from '../desktop/desktopConfig';
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
        })
        .prefault({}),
    })
    .prefault({}),
  routing: routingConfigSchema,
  /** §7.6: what answering opens, per channel. */
  screenPop: screenPopConfigSchema,
  /** Issue 15: after-call work's timer and disposition codes. */
  wrapUp: wrapUpConfigSchema,
  /** Issue 15: the facts the alert and the card's current interaction show. */
  display: displayConfigSchema,
  writeBack: writeBackConfigSchema,
});

export type Config = z.infer<typeof configSchema>;
