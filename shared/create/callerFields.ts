import type { Channel } from '../vocabulary/channel';
import type { Crm, CrmRecordRef } from '../vocabulary/crmRecord';

/**
 * ServiceNow's case channel (`contact_type`: phone, email, web, chat, social) for each of the
 * product's channels: messaging apps are chats, public social pages social, forums and apps web.
 */
export const SERVICENOW_CASE_CHANNEL: Record<Channel, string> = {
  voice: 'phone',
  email: 'email',
  chat: 'chat',
  sms: 'chat',
  whatsapp: 'chat',
  facebook: 'social',
  forum: 'web',
  'in-app': 'web',
  slack: 'chat',
  teams: 'chat',
  telegram: 'chat',
  viber: 'chat',
  'apple-messages': 'chat',
};

const CUSTOMER_FIELD: Record<string, 'consumer' | 'contact' | 'account'> = { csm_consumer: 'consumer', customer_contact: 'contact', customer_account: 'account' };

/** A record that stands for the caller, with the account a contact works for when it is known. */
export type CallerRecord = CrmRecordRef & { account?: string };

/**
 * §4.1: the fields that tie a record created during an interaction to the caller. A ServiceNow
 * case takes the consumer, or the contact and their account (or an account alone), and the
 * channel the customer came by. The first caller record wins (the agent's relations are passed
 * before the IVR's match); a case is for a consumer or for a contact, never both.
 */
export function callerFields(crm: Crm, object: string, caller: CallerRecord[], channel: Channel): Record<string, string> {
  if (crm !== 'servicenow' || object !== 'sn_customerservice_case') return {};
  const values: Record<string, string> = { contact_type: SERVICENOW_CASE_CHANNEL[channel] };
  const person = caller.find((r) => r.crm === 'servicenow' && (r.object === 'csm_consumer' || r.object === 'customer_contact'));
  if (person) values[CUSTOMER_FIELD[person.object]] = person.id;
  const account = caller.find((r) => r.crm === 'servicenow' && r.object === 'customer_account')?.id ?? (person?.object === 'customer_contact' ? person.account : undefined);
  // A consumer has no account; an account goes with a contact or alone.
  if (account && person?.object !== 'csm_consumer') values.account = account;
  return values;
}
