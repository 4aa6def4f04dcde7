import { z } from 'zod';

/** A fact's name: one word an admin writes rules and greetings with (`tier`, `preferredAgent`). */
export const factNameSchema = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]*$/, 'a fact name is one word of letters, digits and _');

/** A field path of one CRM: `NPS__c`, `Account.Tier__c`, ServiceNow dot-walks such as `account.u_tier`. */
const fieldPath = z.string().trim().min(1, 'a field path cannot be empty');

/**
 * Where one fact lives in each CRM: the fields to read, first filled one wins (a B2B contact's tier
 * is its account's, a consumer's is its own). A CRM without fields does not know the fact.
 */
export const factSourceSchema = z.object({
  label: z.string().trim().min(1).optional(),
  salesforce: z.array(fieldPath).default([]),
  servicenow: z.array(fieldPath).default([]),
  zendesk: z.array(fieldPath).default([]),
  dynamics: z.array(fieldPath).default([]),
});

export type FactSource = z.infer<typeof factSourceSchema>;

/** The facts the demo CRMs hold; an admin adds, renames or remaps them. */
export const DEFAULT_FACTS: Record<string, FactSource> = {
  firstName: { label: 'First name', salesforce: ['FirstName'], servicenow: ['first_name'], zendesk: [], dynamics: ['firstname'] },
  fullName: { label: 'Name', salesforce: ['Name'], servicenow: ['name'], zendesk: ['name'], dynamics: ['fullname', 'name'] },
  language: {
    label: 'Preferred language',
    salesforce: ['Preferred_Language__c'],
    servicenow: ['preferred_language', 'u_preferred_language'],
    zendesk: ['locale', 'user_fields.preferred_language'],
    dynamics: ['cc_preferredlanguage'],
  },
  tier: {
    label: 'Tier',
    salesforce: ['Account.Subscription_Level__c', 'Subscription_Level__c'],
    servicenow: ['account.u_subscription_level', 'u_subscription_level'],
    zendesk: ['user_fields.subscription_level', 'organization.organization_fields.subscription_level'],
    dynamics: ['cc_subscriptionlevel'],
  },
  nps: { label: 'NPS', salesforce: ['NPS__c'], servicenow: ['u_nps'], zendesk: [], dynamics: ['cc_nps'] },
  products: { label: 'Products', salesforce: ['Products__c'], servicenow: ['u_products'], zendesk: [], dynamics: [] },
  preferredAgent: { label: 'Preferred agent', salesforce: ['Preferred_Agent__c'], servicenow: ['u_preferred_agent'], zendesk: [], dynamics: [] },
};

export const factsSchema = z.record(factNameSchema, factSourceSchema).default(DEFAULT_FACTS);

export type Facts = z.infer<typeof factsSchema>;
