import { describe, expect, it } from 'vitest';
import { createFormFields, type DescribedField } from './formLayout';

const field = (name: string, required = false, createable = true): DescribedField => ({ name, required, createable });

describe('the create form’s fields (§4.1)', () => {
  it('§4.1 a Case asks what it is about, even when the interaction cannot fill it', () => {
    expect(createFormFields('salesforce', 'Case')).toEqual(['Subject', 'Description', 'Origin', 'Priority', 'SuppliedName', 'SuppliedEmail', 'SuppliedPhone']);
  });

  it('§4.1 adds the fields the CRM requires after the layout, each once', () => {
    const lead = [field('FirstName'), field('LastName', true), field('Company', true), field('Phone'), field('Email'), field('Rating__c', true)];
    expect(createFormFields('salesforce', 'Lead', lead)).toEqual(['FirstName', 'LastName', 'Company', 'Phone', 'Email', 'Rating__c']);
  });

  it('§4.1 leaves out what the CRM does not let the agent set or does not have', () => {
    const caseFields = [field('CaseNumber', true, false), field('Subject'), field('Origin'), field('SuppliedPhone'), field('IsClosed', false, false)];
    expect(createFormFields('salesforce', 'Case', caseFields)).toEqual(['Subject', 'Origin', 'SuppliedPhone']);
  });

  it('§4.1 a type without a layout shows what the CRM requires', () => {
    expect(createFormFields('salesforce', 'Opportunity', [field('Name', true), field('StageName', true), field('Amount')])).toEqual(['Name', 'StageName']);
    expect(createFormFields('zendesk', 'ticket')).toEqual([]);
  });
});
