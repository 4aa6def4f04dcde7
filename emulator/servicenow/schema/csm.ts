import { glideDateTime } from '../data/glide';
import { boolean, choice, dateTime, email, integer, journal, phone, reference, text, type SnRecord, type TableDef } from './field';

/**
 * Customer Service Management tables. Case states are the CSM ones:
 * https://www.servicenow.com/docs/r/customer-service-management/r_CustomerServiceCaseStates.html
 */
const fullName = (record: SnRecord): SnRecord => ({ name: [record.first_name, record.last_name].filter(Boolean).join(' ') });

const person = [
  text('first_name', { maxLength: 50 }),
  text('last_name', { maxLength: 50 }),
  text('name', { maxLength: 151 }),
  email('email', { maxLength: 100 }),
  phone('phone'),
  phone('mobile_phone'),
];

export const csmTables: TableDef[] = [
  {
    name: 'sn_customerservice_case',
    label: 'Case',
    displayField: 'number',
    numbering: { prefix: 'CS', start: 1 },
    views: {
      desktop: ['number', 'short_description', 'consumer', 'contact', 'account', 'state', 'priority', 'assigned_to', 'opened_at'],
      mobile: ['number', 'short_description', 'state', 'priority'],
    },
    fields: [
      text('number', { maxLength: 40 }),
      text('short_description', { mandatory: true, maxLength: 160 }),
      text('description', { maxLength: 4000 }),
      choice('state', [['1', 'New'], ['10', 'Open'], ['18', 'Awaiting Info'], ['6', 'Resolved'], ['3', 'Closed'], ['7', 'Cancelled']], {
        defaultValue: () => '1',
      }),
      choice('priority', [['1', '1 - Critical'], ['2', '2 - High'], ['3', '3 - Moderate'], ['4', '4 - Low']], { defaultValue: () => '4' }),
      choice('contact_type', [['phone', 'Phone'], ['email', 'Email'], ['web', 'Web'], ['chat', 'Chat'], ['social', 'Social']], {
        label: 'Channel',
      }),
      reference('consumer', 'csm_consumer'),
      reference('contact', 'customer_contact'),
      reference('account', 'customer_account'),
      reference('assigned_to', 'sys_user'),
      dateTime('opened_at', { label: 'Opened', defaultValue: () => glideDateTime() }),
      dateTime('closed_at', { label: 'Closed' }),
      boolean('active', { defaultValue: () => 'true' }),
      journal('work_notes'),
      journal('comments', { label: 'Additional comments' }),
    ],
  },
  {
    name: 'csm_consumer',
    label: 'Consumer',
    displayField: 'name',
    views: { desktop: ['name', 'email', 'phone', 'mobile_phone', 'city', 'household'], mobile: ['name', 'phone'] },
    derive: fullName,
    fields: [
      ...person,
      phone('business_phone'),
      reference('household', 'csm_household'),
      // The consumer's own user (csm_consumer_user) once they registered on the portal.
      reference('user', 'sys_user'),
      text('street', { maxLength: 255 }),
      text('city', { maxLength: 100 }),
      text('zip', { maxLength: 40 }),
      text('country', { maxLength: 40 }),
      text('preferred_language', { maxLength: 40 }),
      boolean('active', { defaultValue: () => 'true' }),
      text('u_subscription_level', { label: 'Subscription level', maxLength: 40 }),
      integer('u_nps', { label: 'NPS' }),
    ],
  },
  {
    name: 'csm_household',
    label: 'Household',
    displayField: 'name',
    fields: [text('name', { maxLength: 100 }), text('street', { maxLength: 255 }), text('city', { maxLength: 100 }), phone('phone')],
  },
  {
    name: 'customer_contact',
    label: 'Contact',
    // A contact is a user (a sys_user extension): https://www.servicenow.com/docs/r/australia/customer-service-management/update-system-property.html
    extends: 'sys_user',
    displayField: 'name',
    derive: fullName,
    fields: [...person, text('title', { maxLength: 60 }), reference('account', 'customer_account'), boolean('active', { defaultValue: () => 'true' })],
  },
  {
    name: 'customer_account',
    label: 'Account',
    displayField: 'name',
    numbering: { prefix: 'ACCT', start: 1000 },
    fields: [
      text('number', { maxLength: 40 }),
      text('name', { mandatory: true, maxLength: 80 }),
      text('account_code', { maxLength: 40 }),
      phone('phone'),
      text('city', { maxLength: 100 }),
      text('website', { maxLength: 1024 }),
      boolean('customer', { defaultValue: () => 'true' }),
      text('u_subscription_level', { label: 'Subscription level', maxLength: 40 }),
      boolean('u_priority_account', { label: 'Priority account', defaultValue: () => 'false' }),
    ],
  },
];
