import type { FieldSchema } from '../model/types';
import { checkbox, currency, date, email, integer, percent, phone, picklist, readOnly, reference, required, text, textArea, url } from './fields';

/**
 * Standard sales objects with the fields the product and its tests use.
 * Field names, labels and lengths follow the Object Reference
 * (https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/).
 * Picklists whose value sets carry platform meaning (closed, won, converted) are
 * restricted; free classification picklists (Industry, LeadSource) are not.
 */
export interface StandardObject {
  name: string;
  label: string;
  labelPlural: string;
  keyPrefix: string;
  owned: boolean;
  /** Omitted when records can be deleted. */
  deletable?: false;
  fields: FieldSchema[];
}

const address = (prefix: string, label: string) => [
  text(`${prefix}Street`, `${label} Street`, 255),
  text(`${prefix}City`, `${label} City`, 40),
  text(`${prefix}PostalCode`, `${label} Zip/Postal Code`, 20),
  text(`${prefix}Country`, `${label} Country`, 80),
];
const fullName = (label: string) => text('Name', label, 121, { ...readOnly, calculated: true, nameField: true, nillable: false, searchGroup: 'NAME' });
const industries = ['Agriculture', 'Communications', 'Education', 'Food & Beverage', 'Healthcare', 'Hospitality', 'Media', 'Retail', 'Technology', 'Transportation', 'Wholesale', 'Other'];
const leadSources = ['Web', 'Phone Inquiry', 'Partner Referral', 'Purchased List', 'Trade Show', 'Advertisement', 'Other'];

export const account: StandardObject = {
  name: 'Account', label: 'Account', labelPlural: 'Accounts', keyPrefix: '001', owned: true,
  fields: [
    text('Name', 'Account Name', 255, { ...required, nameField: true, searchGroup: 'NAME' }),
    text('AccountNumber', 'Account Number', 40),
    phone('Phone', 'Account Phone'),
    phone('Fax', 'Account Fax'),
    url('Website', 'Website'),
    picklist('Industry', 'Industry', industries),
    picklist('Type', 'Account Type', ['Prospect', 'Customer - Direct', 'Customer - Channel', 'Partner', 'Other']),
    integer('NumberOfEmployees', 'Employees', { precision: 8 }),
    currency('AnnualRevenue', 'Annual Revenue'),
    reference('ParentId', 'Parent Account ID', ['Account'], 'Parent'),
    ...address('Billing', 'Billing'),
    textArea('Description', 'Account Description'),
  ],
};

export const contact: StandardObject = {
  name: 'Contact', label: 'Contact', labelPlural: 'Contacts', keyPrefix: '003', owned: true,
  fields: [
    picklist('Salutation', 'Salutation', ['Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Prof.']),
    text('FirstName', 'First Name', 40),
    text('LastName', 'Last Name', 80, required),
    fullName('Full Name'),
    reference('AccountId', 'Account ID', ['Account'], 'Account'),
    text('Title', 'Title', 128),
    email('Email', 'Email'),
    phone('Phone', 'Business Phone'),
    phone('MobilePhone', 'Mobile Phone'),
    phone('HomePhone', 'Home Phone'),
    phone('OtherPhone', 'Other Phone'),
    ...address('Mailing', 'Mailing'),
    date('Birthdate', 'Birthdate'),
    picklist('LeadSource', 'Lead Source', leadSources),
    textArea('Description', 'Contact Description'),
  ],
};

export const lead: StandardObject = {
  name: 'Lead', label: 'Lead', labelPlural: 'Leads', keyPrefix: '00Q', owned: true,
  fields: [
    text('FirstName', 'First Name', 40),
    text('LastName', 'Last Name', 80, required),
    fullName('Full Name'),
    text('Company', 'Company', 255, { ...required, searchGroup: 'NAME' }),
    text('Title', 'Title', 128),
    email('Email', 'Email'),
    phone('Phone', 'Phone'),
    phone('MobilePhone', 'Mobile Phone'),
    picklist('Status', 'Status', ['Open - Not Contacted', 'Working - Contacted', 'Closed - Converted', 'Closed - Not Converted'], { restricted: true, defaultValue: 'Open - Not Contacted', nillable: false }),
    picklist('LeadSource', 'Lead Source', leadSources),
    picklist('Industry', 'Industry', industries),
    ...address('', ''),
    checkbox('IsConverted', 'Converted', readOnly),
    textArea('Description', 'Description'),
  ].map((field) => ({ ...field, label: field.label.trim() })),
};

export const opportunity: StandardObject = {
  name: 'Opportunity', label: 'Opportunity', labelPlural: 'Opportunities', keyPrefix: '006', owned: true,
  fields: [
    text('Name', 'Name', 120, { ...required, nameField: true, searchGroup: 'NAME' }),
    reference('AccountId', 'Account ID', ['Account'], 'Account'),
    reference('CampaignId', 'Campaign ID', ['Campaign'], 'Campaign'),
    picklist('StageName', 'Stage', ['Prospecting', 'Qualification', 'Needs Analysis', 'Proposal/Price Quote', 'Negotiation/Review', 'Closed Won', 'Closed Lost'], { restricted: true, ...required }),
    date('CloseDate', 'Close Date', required),
    currency('Amount', 'Amount'),
    percent('Probability', 'Probability (%)'),
    picklist('Type', 'Opportunity Type', ['Existing Customer - Upgrade', 'Existing Customer - Replacement', 'New Customer']),
    picklist('LeadSource', 'Lead Source', leadSources),
    checkbox('IsClosed', 'Closed', readOnly),
    checkbox('IsWon', 'Won', readOnly),
    textArea('Description', 'Description'),
  ],
};

export const campaign: StandardObject = {
  name: 'Campaign', label: 'Campaign', labelPlural: 'Campaigns', keyPrefix: '701', owned: true,
  fields: [
    text('Name', 'Name', 80, { ...required, nameField: true, searchGroup: 'NAME' }),
    picklist('Type', 'Type', ['Conference', 'Webinar', 'Trade Show', 'Public Relations', 'Partners', 'Referral Program', 'Advertisement', 'Banner Ads', 'Direct Mail', 'Email', 'Telemarketing', 'Other']),
    picklist('Status', 'Status', ['Planned', 'In Progress', 'Completed', 'Aborted']),
    date('StartDate', 'Start Date'),
    date('EndDate', 'End Date'),
    checkbox('IsActive', 'Active'),
    reference('ParentId', 'Parent Campaign ID', ['Campaign'], 'Parent'),
    textArea('Description', 'Description'),
  ],
};

export const campaignMember: StandardObject = {
  name: 'CampaignMember', label: 'Campaign Member', labelPlural: 'Campaign Members', keyPrefix: '00v', owned: false,
  fields: [
    reference('CampaignId', 'Campaign ID', ['Campaign'], 'Campaign', { ...required, updateable: false }),
    reference('ContactId', 'Contact ID', ['Contact'], 'Contact', { updateable: false }),
    reference('LeadId', 'Lead ID', ['Lead'], 'Lead', { updateable: false }),
    picklist('Status', 'Status', ['Sent', 'Responded'], { defaultValue: 'Sent' }),
    checkbox('HasResponded', 'Responded', readOnly),
  ],
};
