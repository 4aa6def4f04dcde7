import { z } from 'zod';
import type { Crm } from '../vocabulary/crmRecord';

/** What the caller gives the IVR: the ANI first, then what the IVR asks for (PRODUCT.md §7.2). */
export const IDENTIFIERS = ['ani', 'account-number', 'case-number', 'email'] as const;
export type Identifier = (typeof IDENTIFIERS)[number];

const name = z.string().trim().min(1);

/**
 * One object the step searches: the fields compared with what the caller gave, and the
 * fields the match returns besides its id and name (what the card, the greeting and the
 * routing read). Custom objects and fields (`Subscriber__c`, `u_subscriber`, `x_acme_line`)
 * are targets like the standard ones.
 */
const targetSchema = z.object({
  object: name,
  fields: z.array(name).min(1, 'a lookup target needs at least one field'),
  returning: z.array(name).optional(),
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
 * Salesforce: the adapter searches the ANI step's phone-typed fields with one SOSL
 * `IN PHONE FIELDS` and the text ones (Case.SuppliedPhone) with SOQL, as SOSL's phone
 * group holds fields of type phone only.
 * https://developer.salesforce.com/docs/platform/salesforce-soql-sosl/guide/sforce-api-calls-sosl-in.html
 */
const SALESFORCE: LookupPlan = [
  {
    identifier: 'ani',
    targets: [
      { object: 'Contact', fields: ['Phone', 'MobilePhone', 'HomePhone', 'OtherPhone'] },
      { object: 'Account', fields: ['Phone'], returning: ['AccountNumber'] },
      { object: 'Lead', fields: ['Phone', 'MobilePhone'] },
      { object: 'Case', fields: ['SuppliedPhone'] },
    ],
  },
  { identifier: 'account-number', targets: [{ object: 'Account', fields: ['AccountNumber'], returning: ['Phone'] }] },
  { identifier: 'case-number', targets: [{ object: 'Case', fields: ['CaseNumber'], returning: ['Subject', 'Status', 'ContactId', 'AccountId'] }] },
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
  // Accounts carry both their number and the code an admin gave them (the customer's account number).
  { identifier: 'account-number', targets: [{ object: 'customer_account', fields: ['number', 'account_code'] }] },
  { identifier: 'case-number', targets: [{ object: 'sn_customerservice_case', fields: ['number'], returning: ['consumer', 'contact', 'account'] }] },
  {
    identifier: 'email',
    targets: [
      { object: 'csm_consumer', fields: ['email'] },
      { object: 'customer_contact', fields: ['email'] },
    ],
  },
];

/** Users by phone (any format) and email, organizations by the external id an account number is, tickets by id. */
const ZENDESK: LookupPlan = [
  { identifier: 'ani', targets: [{ object: 'user', fields: ['phone'] }] },
  { identifier: 'account-number', targets: [{ object: 'organization', fields: ['external_id'] }] },
  { identifier: 'case-number', targets: [{ object: 'ticket', fields: ['id'] }] },
  { identifier: 'email', targets: [{ object: 'user', fields: ['email'] }] },
];

/**
 * Dataverse: contacts by their phones and email, accounts by number, incidents by ticket number
 * (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/contact).
 */
const DYNAMICS: LookupPlan = [
  {
    identifier: 'ani',
    targets: [
      { object: 'contact', fields: ['telephone1', 'mobilephone'] },
      { object: 'account', fields: ['telephone1'], returning: ['accountnumber'] },
    ],
  },
  { identifier: 'account-number', targets: [{ object: 'account', fields: ['accountnumber'], returning: ['telephone1'] }] },
  { identifier: 'case-number', targets: [{ object: 'incident', fields: ['ticketnumber'], returning: ['_customerid_value'] }] },
  { identifier: 'email', targets: [{ object: 'contact', fields: ['emailaddress1'] }] },
];

export const DEFAULT_LOOKUP_PLANS: Record<Crm, LookupPlan> = {
  salesforce: SALESFORCE,
  servicenow: SERVICENOW,
  zendesk: ZENDESK,
  dynamics: DYNAMICS,
};

/** The step for an identifier, or null when the plan does not search by it. */
export function lookupStep(plan: LookupPlan, identifier: Identifier): LookupStep | null {
  return plan.find((step) => step.identifier === identifier) ?? null;
}

/** After the identifiers already tried, the next one the IVR should ask the caller for. */
export function nextIdentifier(plan: LookupPlan, tried: readonly Identifier[]): Identifier | null {
  return plan.find((step) => !tried.includes(step.identifier))?.identifier ?? null;
}

/** The default plan's step for an identifier in a CRM (tests, and the console's starting point). */
export function defaultStep(crm: Crm, identifier: Identifier): LookupStep {
  const step = lookupStep(DEFAULT_LOOKUP_PLANS[crm], identifier);
  if (!step) throw new Error(`the default ${crm} plan does not search by ${identifier}`);
  return step;
}
