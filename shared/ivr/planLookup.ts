import { requireFeature, type FeatureDisabled } from '../config/requireFeature';
import type { Config } from '../config/schema';
import type { Crm } from '../vocabulary/crmRecord';
import { lookupStep, type Identifier, type LookupStep } from './lookupPlan';

/**
 * PRODUCT.md §7.1: what the IVR data action searches in this CRM for what the caller gave,
 * from the admin's lookup plan; null when the plan does not search by that identifier.
 */
export function planLookup(config: Pick<Config, 'features' | 'ivr'>, crm: Crm, identifier: Identifier): LookupStep | null | FeatureDisabled {
  return requireFeature(config, 'ivrLookup') ?? lookupStep(config.ivr.lookup[crm], identifier);
}
