import { z } from 'zod';
import type { Crm } from '../vocabulary/crmRecord';

/** What the caller gives the IVR: the ANI first, then what the IVR asks for (PRODUCT.md §7.2). */
export const IDENTIFIERS = ['ani', 'account-number', 'case-number', 'email'] as const;
export type Identifier = (typeof IDENTIFIERS)[number];

const targetSchema = z.object({
  object: z.string().trim().min(1),
  fields: z.array(z.string().trim().min(1)).min(1, 'a lookup target needs at least one field'),
});

const stepSchema = z.object({
  identifier: z.enum(IDENTIFIERS),
  targets: z.array(targetSchema).min(1, 'a lookup step needs at least one object to search'),
});

export const lookupPlanSchema = z.array(stepSchema).min(1);

export type LookupTarget = z.infer<typeof targetSchema>;
export type LookupStep = z.infer<typeof stepSchema>;
export type LookupPlan = z.infer<typeof lookupPlanSchema>;

/**
 * Salesforce: the ANI step is meant for SOSL `IN PHONE FIELDS`, which searches fields of
 * type phone only; Case.SuppliedPhone is a text field, so it is listed for the adapter to
 * search separately.
 * https://developer.salesforce.com/docs/platform/salesforce-soql-sosl/guide/sforce-api-calls-sosl-in.html
 */
const SALESFORCE: LookupPlan = [
  {
    identifier: 'ani',
    targets: [
      { object: 'Contact', fields: ['Phone', 'MobilePhone', 'HomePhone', 'OtherPhone'] },
      { object: 'Account', fields: ['Phone'] },
      { object: 'Lead', fields: ['Phone', 'MobilePhone'] },
      { object: 'Case', fields: ['SuppliedPhone'] },
    ],
  },
  { identifier: 'account-number', targets: [{ object: 'Account', fields: ['AccountNumber'] }] },
  { identifier: 'case-number', targets: [{ object: 'Case', fields: ['CaseNumber'] }] },
  {
    identifier: 'email',
    targets: [
      { object: 'Contact', fields: ['Email'] },
      { object: 'Lead', fields: ['Email'] },
    ],
  },
];

/** ServiceNow CSM tables: consumer (B2C), contact and account (B2B), case. */
const SERVICENOW: LookupPlan = [
  {
    identifier: 'ani',
    targets: [
      { object: 'csm_consumer', fields: ['phone', 'mobile_phone', 'business_phone'] },
      { object: 'customer_contact', fields: ['phone', 'mobile_phone'] },
      { object: 'customer_account', fields: ['phone'] },
    ],
  },
  { identifier: 'account-number', targets: [{ object: 'customer_account', fields: ['number'] }] },
  { identifier: 'case-number', targets: [{ object: 'sn_customerservice_case', fields: ['number'] }] },
  {
    identifier: 'email',
    targets: [
      { object: 'csm_consumer', fields: ['email'] },
      { object: 'customer_contact', fields: ['email'] },
    ],
  },
];

const ZENDESK: LookupPlan = [
  { identifier: 'ani', targets: [{ object: 'user', fields: ['phone'] }] },
  { identifier: 'case-number', targets: [{ object: 'ticket', fields: ['id'] }] },
  { identifier: 'email', targets: [{ object: 'user', fields: ['email'] }] },
];

export const DEFAULT_LOOKUP_PLANS: Record<Crm, LookupPlan> = {
  salesforce: SALESFORCE,
  servicenow: SERVICENOW,
  zendesk: ZENDESK,
};

/** The step for an identifier, or null when the plan does not search by it. */
export function lookupStep(plan: LookupPlan, identifier: Identifier): LookupStep | null {
  return plan.find((step) => step.identifier === identifier) ?? null;
}

/** After the identifiers already tried, the next one the IVR should ask the caller for. */
export function nextIdentifier(plan: LookupPlan, tried: readonly Identifier[]): Identifier | null {
  return plan.find((step) => !tried.includes(step.identifier))?.identifier ?? null;
}
