import { boolean, choice, dateTime, integer, memo, phone, polymorphic, stateAndStatus, text } from './attributes';
import type { EntityDef } from './types';

/**
 * Case (incident) and the Phone Call activity the contact center writes back.
 * https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/incident
 * https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/phonecall
 */
export const incident: EntityDef = {
  logicalName: 'incident',
  entitySetName: 'incidents',
  displayName: 'Case',
  primaryIdAttribute: 'incidentid',
  primaryNameAttribute: 'title',
  alternateKeys: [['ticketnumber']],
  autoNumber: { attribute: 'ticketnumber', prefix: 'CAS', start: 1001 },
  attributes: [
    text('title', 'Case Title', { maxLength: 200 }),
    text('ticketnumber', 'Case Number', { maxLength: 100, indexed: true }),
    memo('description', 'Description', { maxLength: 2000 }),
    { ...polymorphic('customerid', 'Customer', ['account', 'contact']), required: true },
    choice('prioritycode', 'Priority', [[1, 'High'], [2, 'Normal'], [3, 'Low']], { defaultValue: 2 }),
    choice('caseorigincode', 'Origin', [[1, 'Phone'], [2, 'Email'], [3, 'Web'], [2483, 'Facebook'], [3986, 'Twitter'], [700610000, 'IoT']]),
    choice('casetypecode', 'Case Type', [[1, 'Question'], [2, 'Problem'], [3, 'Request']]),
    ...stateAndStatus(
      [[0, 'Active'], [1, 'Resolved'], [2, 'Cancelled']],
      [[1, 'In Progress', 0], [2, 'On Hold', 0], [3, 'Waiting for Details', 0], [4, 'Researching', 0], [5, 'Problem Solved', 1], [1000, 'Information Provided', 1], [6, 'Cancelled', 2], [2000, 'Merged', 2]],
    ),
  ],
};

export const phonecall: EntityDef = {
  logicalName: 'phonecall',
  entitySetName: 'phonecalls',
  displayName: 'Phone Call',
  primaryIdAttribute: 'activityid',
  primaryNameAttribute: 'subject',
  attributes: [
    text('subject', 'Subject', { maxLength: 200 }),
    memo('description', 'Description', { maxLength: 2000 }),
    polymorphic('regardingobjectid', 'Regarding', ['contact', 'account', 'incident'], '_phonecall', 'lookup'),
    phone('phonenumber', 'Phone Number', { maxLength: 200 }),
    // Direction is a yes/no column: false is Incoming, true is Outgoing.
    boolean('directioncode', 'Direction', { options: [{ value: 0, label: 'Incoming' }, { value: 1, label: 'Outgoing' }], defaultValue: true }),
    integer('actualdurationminutes', 'Duration'),
    dateTime('scheduledend', 'Due'),
    dateTime('actualend', 'Actual End'),
    ...stateAndStatus([[0, 'Open'], [1, 'Completed'], [2, 'Canceled']], [[1, 'Open', 0], [2, 'Made', 1], [4, 'Received', 1], [3, 'Canceled', 2]]),
  ],
};
