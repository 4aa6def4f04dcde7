import { checkbox, date, dateTime, email, integer, phone, picklist, readOnly, reference, required, text, textArea } from './fields';
import type { StandardObject } from './salesObjects';

/**
 * Service and activity objects. WhoId and WhatId are polymorphic; custom objects are
 * added to WhatId's targets when the registry loads them ("Allow Activities").
 * https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_task.htm
 */
export const WHO_TARGETS = ['Contact', 'Lead'];
export const WHAT_TARGETS = ['Account', 'Case', 'Opportunity', 'Campaign'];

const activityLinks = () => [
  reference('WhoId', 'Name ID', [...WHO_TARGETS], 'Who'),
  reference('WhatId', 'Related To ID', [...WHAT_TARGETS], 'What'),
  reference('AccountId', 'Account ID', ['Account'], 'Account', readOnly),
];

export const caseObject: StandardObject = {
  name: 'Case', label: 'Case', labelPlural: 'Cases', keyPrefix: '500', owned: true,
  fields: [
    text('CaseNumber', 'Case Number', 30, { ...readOnly, nameField: true, nillable: false, searchGroup: 'NAME' }),
    reference('ContactId', 'Contact ID', ['Contact'], 'Contact'),
    reference('AccountId', 'Account ID', ['Account'], 'Account'),
    text('Subject', 'Subject', 255),
    textArea('Description', 'Description'),
    picklist('Status', 'Status', ['New', 'Working', 'Escalated', 'Closed'], { restricted: true, defaultValue: 'New', nillable: false }),
    picklist('Priority', 'Priority', ['High', 'Medium', 'Low'], { defaultValue: 'Medium' }),
    picklist('Origin', 'Case Origin', ['Phone', 'Email', 'Web', 'Chat']),
    picklist('Type', 'Case Type', ['Question', 'Problem', 'Feature Request']),
    picklist('Reason', 'Case Reason', ['Installation', 'Equipment Complexity', 'Performance', 'Breakdown', 'Equipment Design', 'Feedback', 'Other']),
    text('SuppliedName', 'Web Name', 80),
    email('SuppliedEmail', 'Web Email'),
    phone('SuppliedPhone', 'Web Phone'),
    checkbox('IsClosed', 'Closed', readOnly),
    dateTime('ClosedDate', 'Closed Date', readOnly),
  ],
};

export const task: StandardObject = {
  name: 'Task', label: 'Task', labelPlural: 'Tasks', keyPrefix: '00T', owned: true,
  fields: [
    text('Subject', 'Subject', 255, { nameField: true, searchGroup: 'NAME' }),
    ...activityLinks(),
    date('ActivityDate', 'Due Date Only'),
    picklist('Status', 'Status', ['Not Started', 'In Progress', 'Completed', 'Waiting on someone else', 'Deferred'], { restricted: true, defaultValue: 'Not Started', nillable: false }),
    picklist('Priority', 'Priority', ['High', 'Normal', 'Low'], { restricted: true, defaultValue: 'Normal', nillable: false }),
    picklist('TaskSubtype', 'Task Subtype', ['Task', 'Email', 'ListEmail', 'Cadence', 'Call'], { restricted: true, updateable: false }),
    picklist('Type', 'Type', ['Call', 'Email', 'Meeting', 'Other']),
    picklist('CallType', 'Call Type', ['Internal', 'Inbound', 'Outbound'], { restricted: true }),
    integer('CallDurationInSeconds', 'Call Duration'),
    text('CallObject', 'Call Object Identifier', 255),
    text('CallDisposition', 'Call Result', 255),
    textArea('Description', 'Description'),
    checkbox('IsClosed', 'Closed', readOnly),
  ],
};

export const event: StandardObject = {
  name: 'Event', label: 'Event', labelPlural: 'Events', keyPrefix: '00U', owned: true,
  fields: [
    text('Subject', 'Subject', 255, { nameField: true, searchGroup: 'NAME' }),
    ...activityLinks(),
    dateTime('StartDateTime', 'Start Date Time', required),
    dateTime('EndDateTime', 'End Date Time', required),
    integer('DurationInMinutes', 'Duration', readOnly),
    checkbox('IsAllDayEvent', 'All-Day Event'),
    text('Location', 'Location', 255),
    textArea('Description', 'Description'),
  ],
};

export const user: StandardObject = {
  name: 'User', label: 'User', labelPlural: 'Users', keyPrefix: '005', owned: false,
  // The User object's supported calls include no delete(): users are deactivated instead.
  // https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_user.htm
  deletable: false,
  fields: [
    text('Username', 'Username', 80, required),
    text('FirstName', 'First Name', 40),
    text('LastName', 'Last Name', 80, required),
    text('Name', 'Full Name', 121, { ...readOnly, calculated: true, nameField: true, nillable: false, searchGroup: 'NAME' }),
    email('Email', 'Email', required),
    text('Alias', 'Alias', 8, required),
    text('Title', 'Title', 80),
    text('CompanyName', 'Company Name', 80),
    phone('Phone', 'Phone'),
    phone('MobilePhone', 'Mobile'),
    checkbox('IsActive', 'Active', { defaultValue: true }),
    picklist('TimeZoneSidKey', 'Time Zone', ['America/Los_Angeles', 'America/New_York', 'Europe/Berlin', 'Europe/Paris', 'Asia/Tokyo'], { restricted: true, defaultValue: 'America/Los_Angeles' }),
    picklist('LanguageLocaleKey', 'Language', ['en_US', 'es', 'fr', 'de', 'ja'], { restricted: true, defaultValue: 'en_US' }),
    dateTime('LastLoginDate', 'Last Login', readOnly),
  ],
};
