import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPackageObjects } from './metadata';
import { buildRegistry } from './registry';

const field = (xml: string) => `<?xml version="1.0" encoding="UTF-8"?><CustomField xmlns="http://soap.sforce.com/2006/04/metadata">${xml}</CustomField>`;

describe('package metadata', () => {
  it('adds custom objects with their own key prefix, Activity fields to Task and Event, and lookups as relationships', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sf-objects-'));
    mkdirSync(join(dir, 'Visit__c', 'fields'), { recursive: true });
    mkdirSync(join(dir, 'Activity', 'fields'), { recursive: true });
    writeFileSync(join(dir, 'Visit__c', 'Visit__c.object-meta.xml'), '<CustomObject><label>Visit</label><pluralLabel>Visits</pluralLabel><nameField><label>Visit Name</label><type>Text</type></nameField></CustomObject>');
    writeFileSync(join(dir, 'Visit__c', 'fields', 'Account__c.field-meta.xml'), field('<fullName>Account__c</fullName><label>Account</label><type>Lookup</type><referenceTo>Account</referenceTo><relationshipName>Visits</relationshipName>'));
    writeFileSync(join(dir, 'Activity', 'fields', 'Mood__c.field-meta.xml'), field('<fullName>Mood__c</fullName><label>Mood</label><type>Picklist</type><valueSet><restricted>true</restricted><valueSetDefinition><value><fullName>Calm</fullName><default>true</default><label>Calm</label></value></valueSetDefinition></valueSet>'));
    const registry = buildRegistry(readPackageObjects(dir));
    expect(registry.get('Visit__c')).toMatchObject({ keyPrefix: 'a00', custom: true, label: 'Visit' });
    expect(registry.field('Visit__c', 'Account__c')).toMatchObject({ referenceTo: ['Account'], relationshipName: 'Account__r' });
    expect(registry.get('Account')!.childRelationships).toContainEqual({ childSObject: 'Visit__c', field: 'Account__c', relationshipName: 'Visits__r' });
    for (const activity of ['Task', 'Event']) {
      expect(registry.field(activity, 'Mood__c')).toMatchObject({ type: 'picklist', restrictedPicklist: true, defaultValue: 'Calm' });
      expect(registry.field(activity, 'WhatId')!.referenceTo).toContain('Visit__c');
    }
  });
});
