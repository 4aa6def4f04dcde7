import type { FieldSchema, FieldType, SObjectSchema } from '../../model/types';

function field(name: string, type: FieldType, extra: Partial<FieldSchema> = {}): FieldSchema {
  return { name, label: name, type, nillable: true, createable: true, updateable: true, ...extra };
}

const system = [
  field('Id', 'id', { nillable: false, createable: false, updateable: false }),
  field('IsDeleted', 'boolean', { createable: false, updateable: false }),
  field('CreatedDate', 'datetime', { createable: false, updateable: false }),
  field('LastModifiedDate', 'datetime', { createable: false, updateable: false }),
  field('OwnerId', 'reference', { referenceTo: ['User'], relationshipName: 'Owner' }),
];

const phone = (name: string) => field(name, 'phone', { searchGroup: 'PHONE' });
const name = (n: string, extra: Partial<FieldSchema> = {}) => field(n, 'string', { searchGroup: 'NAME', ...extra });

function object(objectName: string, keyPrefix: string, fields: FieldSchema[], childRelationships: SObjectSchema['childRelationships'] = []): SObjectSchema {
  return { name: objectName, label: objectName, labelPlural: `${objectName}s`, keyPrefix, custom: false, deletable: true, fields: [...system, ...fields], childRelationships };
}

/** A small, realistic slice of the Salesforce schema for the engines' unit tests. */
export const fixtureSchemas: SObjectSchema[] = [
  object('User', '005', [name('Name', { nameField: true, calculated: true }), field('Email', 'email', { searchGroup: 'EMAIL' })]),
  object('Account', '001', [
    name('Name', { nameField: true }), phone('Phone'), field('Industry', 'picklist'), field('AnnualRevenue', 'currency'),
    field('NumberOfEmployees', 'int'),
  ], [
    { childSObject: 'Contact', field: 'AccountId', relationshipName: 'Contacts' },
    { childSObject: 'Task', field: 'WhatId', relationshipName: 'Tasks' },
  ]),
  object('Contact', '003', [
    field('FirstName', 'string', { searchGroup: 'NAME' }), field('LastName', 'string', { searchGroup: 'NAME' }),
    name('Name', { nameField: true, calculated: true }), field('Email', 'email', { searchGroup: 'EMAIL' }),
    phone('Phone'), phone('MobilePhone'), field('Title', 'string'), field('Birthdate', 'date'),
    field('AccountId', 'reference', { referenceTo: ['Account'], relationshipName: 'Account' }),
    field('Languages__c', 'multipicklist', { custom: true }), field('DoNotCall', 'boolean'),
  ], [{ childSObject: 'Task', field: 'WhoId', relationshipName: 'Tasks' }]),
  object('Lead', '00Q', [
    field('FirstName', 'string', { searchGroup: 'NAME' }), field('LastName', 'string', { searchGroup: 'NAME' }),
    name('Name', { nameField: true, calculated: true }), field('Company', 'string', { searchGroup: 'NAME' }),
    field('Email', 'email', { searchGroup: 'EMAIL' }), phone('Phone'), field('Status', 'picklist'),
  ], [{ childSObject: 'Task', field: 'WhoId', relationshipName: 'Tasks' }]),
  object('Task', '00T', [
    field('Subject', 'string', { nameField: true }), field('Status', 'picklist'), field('ActivityDate', 'date'),
    field('CallDurationInSeconds', 'int'), field('Description', 'textarea'),
    field('WhoId', 'reference', { referenceTo: ['Contact', 'Lead'], relationshipName: 'Who' }),
    field('WhatId', 'reference', { referenceTo: ['Account', 'Opportunity'], relationshipName: 'What' }),
  ]),
];
