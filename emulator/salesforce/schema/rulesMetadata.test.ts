import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPackageObjects } from './metadata';
import { buildRegistry } from './registry';

const rule = (formula: string) => `<?xml version="1.0" encoding="UTF-8"?><ValidationRule xmlns="http://soap.sforce.com/2006/04/metadata"><fullName>Check</fullName><active>true</active><errorConditionFormula>${formula}</errorConditionFormula><errorMessage>No.</errorMessage></ValidationRule>`;

function objectsWith(objectName: string, files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sf-rules-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, objectName, path.split('/')[0]), { recursive: true });
    writeFileSync(join(dir, objectName, path), text);
  }
  return dir;
}

describe('validation rules and record types in metadata', () => {
  it('loads rules and record types, numbering record types and adding RecordTypeId', () => {
    const dir = objectsWith('Lead', {
      'validationRules/Check.validationRule-meta.xml': rule('ISBLANK(Company)'),
      'recordTypes/Partner_Lead.recordType-meta.xml': '<RecordType><fullName>Partner_Lead</fullName><active>true</active><label>Partner Lead</label><picklistValues><picklist>Status</picklist><values><fullName>Working%20-%20Contacted</fullName></values></picklistValues></RecordType>',
    });
    const registry = buildRegistry(readPackageObjects(dir), []);
    const lead = registry.get('Lead')!;
    expect(lead.validationRules?.map((r) => r.name)).toEqual(['Check']);
    expect(lead.recordTypes).toEqual([expect.objectContaining({ developerName: 'Partner_Lead', isDefault: true, picklistValues: { Status: ['Working - Contacted'] } })]);
    expect(lead.recordTypes![0].id).toMatch(/^012\w{15}$/);
    expect(registry.field('Lead', 'RecordTypeId')).toMatchObject({ referenceTo: ['RecordType'], relationshipName: 'RecordType', defaultValue: lead.recordTypes![0].id });
    expect(registry.field('Contact', 'RecordTypeId')).toBeUndefined();
  });

  it('refuses a rule on a field the object lacks, or a formula it cannot parse, naming the rule', () => {
    const unknownField = objectsWith('Lead', { 'validationRules/Check.validationRule-meta.xml': rule('ISBLANK(Nickname__c)') });
    expect(() => buildRegistry(readPackageObjects(unknownField), [])).toThrow('validation rule Lead.Check: Field Nickname__c does not exist on Lead');
    const broken = objectsWith('Lead', { 'validationRules/Check.validationRule-meta.xml': rule('AND(TRUE') });
    expect(() => readPackageObjects(broken)).toThrow(/Validation rule .*Check: expected '\)'/);
  });
});
