import { interactionStateLabel } from '../../../../../shared/vocabulary/interaction';

/** The state in the agent's words; a digital interaction not yet accepted is new. */
export function stateLabel(interaction, awaitsAccept) {
  return awaitsAccept ? 'New' : interactionStateLabel(interaction.state);
}

/** `Preferred_Language__c`, `u_preferred_language`, `subscriptionLevel` -> `Preferred Language`, `Preferred language`, `Subscription level`. */
export function labelOfKey(key) {
  const words = String(key)
    .replace(/__c$/, '')
    .replace(/^u_/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[_\s]+/)
    .filter(Boolean);
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A value for reading: booleans as Yes/No, lists joined, nothing as a dash. */
export function formatValue(value) {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.map(formatValue).join(', ');
  if (typeof value === 'number') return value.toLocaleString();
  return String(value);
}

const RECORD_TYPES = {
  Contact: 'Contact', Account: 'Account', Lead: 'Lead', Case: 'Case', PersonAccount: 'Person account',
  csm_consumer: 'Consumer', customer_contact: 'Contact', customer_account: 'Account', sn_customerservice_case: 'Case',
};
const CRMS = { salesforce: 'Salesforce', servicenow: 'ServiceNow', zendesk: 'Zendesk', dynamics: 'Dynamics 365' };

export const recordTypeLabel = (object) => RECORD_TYPES[object] ?? labelOfKey(object);
export const crmLabel = (crm) => CRMS[crm] ?? crm;

/**
 * Who the interaction is with: the service's customer name, else the one identified match,
 * else the address they wrote from. An ambiguous caller is never given a guessed name.
 */
export function customerOf(interaction) {
  if (interaction.context?.customerName) return interaction.context.customerName;
  if (interaction.ivr?.outcome === 'identified' && interaction.ivr.matches.length === 1) return interaction.ivr.matches[0].name;
  return interaction.from;
}
