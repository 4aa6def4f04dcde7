import type { CrmRecordRef } from '../vocabulary/crmRecord';

/**
 * One kind of child record loaded when the agent expands a record (PRODUCT.md §5.2):
 * records of `object` whose `field` holds the parent's id; `through` names a junction
 * object when the relation goes through one (a Contact's opportunities via its roles).
 */
export interface ExpansionStep {
  object: string;
  field: string;
  label: string;
  through?: { object: string; field: string; target: string };
}

const PAST_INTERACTIONS_WHAT: ExpansionStep = { object: 'Task', field: 'WhatId', label: 'Past interactions' };
const PAST_INTERACTIONS_WHO: ExpansionStep = { object: 'Task', field: 'WhoId', label: 'Past interactions' };

const PLANS: Record<string, Record<string, ExpansionStep[]>> = {
  salesforce: {
    Account: [
      { object: 'Case', field: 'AccountId', label: 'Cases' },
      { object: 'Opportunity', field: 'AccountId', label: 'Opportunities' },
      { object: 'Contact', field: 'AccountId', label: 'Contacts' },
      PAST_INTERACTIONS_WHAT,
    ],
    Contact: [
      { object: 'Case', field: 'ContactId', label: 'Cases' },
      {
        object: 'Opportunity',
        field: 'Id',
        label: 'Opportunities',
        through: { object: 'OpportunityContactRole', field: 'ContactId', target: 'OpportunityId' },
      },
      PAST_INTERACTIONS_WHO,
    ],
    Lead: [PAST_INTERACTIONS_WHO],
    Case: [{ object: 'CaseComment', field: 'ParentId', label: 'Comments' }, PAST_INTERACTIONS_WHAT],
    Opportunity: [PAST_INTERACTIONS_WHAT],
  },
  servicenow: {
    csm_consumer: [
      { object: 'sn_customerservice_case', field: 'consumer', label: 'Cases' },
      { object: 'interaction', field: 'consumer', label: 'Past interactions' },
    ],
    customer_contact: [
      { object: 'sn_customerservice_case', field: 'contact', label: 'Cases' },
      { object: 'interaction', field: 'contact', label: 'Past interactions' },
    ],
    customer_account: [
      { object: 'sn_customerservice_case', field: 'account', label: 'Cases' },
      { object: 'customer_contact', field: 'account', label: 'Contacts' },
      { object: 'interaction', field: 'account', label: 'Past interactions' },
    ],
  },
  zendesk: {
    user: [{ object: 'ticket', field: 'requester_id', label: 'Tickets' }],
    organization: [
      { object: 'ticket', field: 'organization_id', label: 'Tickets' },
      { object: 'user', field: 'organization_id', label: 'People' },
    ],
  },
};

/** What expanding this record loads, in display order; empty when it has nothing to expand. */
export function expansionPlan(record: CrmRecordRef): ExpansionStep[] {
  return PLANS[record.crm]?.[record.object] ?? [];
}
