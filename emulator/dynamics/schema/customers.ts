import { activeInactive, choice, email, lookup, phone, polymorphic, text } from './attributes';
import type { EntityDef, Row } from './types';

/**
 * Contact and Account, with the columns the customer card reads. Column names and choice
 * values come from the table references:
 * https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/contact
 * https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/account
 */
const fullName = (row: Row): Row => ({
  fullname: [row.firstname, row.lastname].filter((part) => typeof part === 'string' && part !== '').join(' ') || null,
});

const address = () => [
  text('address1_line1', 'Address 1: Street 1', { maxLength: 250 }),
  text('address1_city', 'Address 1: City', { maxLength: 80 }),
  text('address1_postalcode', 'Address 1: ZIP/Postal Code', { maxLength: 20 }),
  text('address1_country', 'Address 1: Country/Region', { maxLength: 80 }),
];

export const contact: EntityDef = {
  logicalName: 'contact',
  entitySetName: 'contacts',
  displayName: 'Contact',
  primaryIdAttribute: 'contactid',
  primaryNameAttribute: 'fullname',
  derive: fullName,
  attributes: [
    text('firstname', 'First Name', { maxLength: 50 }),
    text('lastname', 'Last Name', { maxLength: 50, indexed: true }),
    text('fullname', 'Full Name', { maxLength: 160, readOnly: true, indexed: true }),
    text('jobtitle', 'Job Title', { maxLength: 100 }),
    phone('telephone1', 'Business Phone'),
    phone('mobilephone', 'Mobile Phone'),
    phone('telephone2', 'Home Phone'),
    email('emailaddress1', 'Email'),
    polymorphic('parentcustomerid', 'Company Name', ['account', 'contact']),
    choice('preferredcontactmethodcode', 'Preferred Method of Contact', [[1, 'Any'], [2, 'Email'], [3, 'Phone'], [4, 'Fax'], [5, 'Mail']], { defaultValue: 1 }),
    ...address(),
    ...activeInactive(),
  ],
};

export const account: EntityDef = {
  logicalName: 'account',
  entitySetName: 'accounts',
  displayName: 'Account',
  primaryIdAttribute: 'accountid',
  primaryNameAttribute: 'name',
  alternateKeys: [['accountnumber']],
  attributes: [
    text('name', 'Account Name', { maxLength: 160, indexed: true }),
    text('accountnumber', 'Account Number', { maxLength: 20, indexed: true }),
    phone('telephone1', 'Main Phone'),
    email('emailaddress1', 'Email'),
    text('websiteurl', 'Website', { maxLength: 200, format: 'url' }),
    lookup('primarycontactid', 'Primary Contact', 'contact'),
    ...address(),
    ...activeInactive(),
  ],
};
