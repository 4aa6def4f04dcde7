import { describe, expect, it } from 'vitest';
// @ts-expect-error plain LWC module without types
import { cellOf, escapeSosl, fieldPaths, globalSearchSosl, iconOf, textOf } from './fieldValue.js';

describe('the console’s field values', () => {
  it('shows the display value, else the value as typed', () => {
    expect(textOf({ value: 48000, displayValue: '$48,000.00' })).toBe('$48,000.00');
    expect(textOf({ value: '(415) 555-1000', displayValue: null })).toBe('(415) 555-1000');
    expect(textOf({ value: true, displayValue: 'true' })).toBe('Yes');
    expect(textOf(undefined)).toBe('');
  });

  it('links a lookup to its parent’s record page under the parent’s name', () => {
    const record = { fields: { AccountId: { value: '001A', displayValue: null }, Account: { value: { apiName: 'Account', id: '001A', fields: {} }, displayValue: 'Acme Logistics' } } };
    expect(cellOf(record, { name: 'AccountId', type: 'reference', relationshipName: 'Account' })).toEqual({ text: 'Acme Logistics', url: '/lightning/r/Account/001A/view' });
    expect(cellOf({ fields: { AccountId: { value: null, displayValue: null }, Account: { value: null, displayValue: null } } }, { name: 'AccountId', type: 'reference', relationshipName: 'Account' })).toEqual({ text: '', url: null });
    expect(fieldPaths('Contact', [{ name: 'AccountId', type: 'reference', relationshipName: 'Account' }, { name: 'Phone', type: 'phone' }])).toEqual(['Contact.AccountId', 'Contact.Account.Id', 'Contact.Phone']);
  });

  it('gives a Lead the Lead icon', () => {
    expect(iconOf('Lead')).toBe('standard:lead');
    expect(iconOf('Widget__c')).toBe('standard:custom');
  });

  it('searches a typed phone or email as written', () => {
    expect(escapeSosl('+1 (415) 555-1000')).toBe('\\+1 \\(415\\) 555\\-1000');
    expect(globalSearchSosl(' maria.garcia@acme.example ')).toMatch(/^FIND \{maria\.garcia@acme\.example\} IN ALL FIELDS RETURNING Contact\(Id, Name/);
  });
});

describe('plain REST values', () => {
  it('formats amounts and dates, reads relationship paths', async () => {
    // @ts-expect-error plain LWC module without types
    const { formatPlain, pathValue } = await import('./fieldValue.js');
    expect(formatPlain(48000, 'currency')).toMatch(/48,000\.00/);
    expect(formatPlain('2026-03-31')).toBe(new Date('2026-03-31T00:00:00Z').toLocaleDateString(undefined, { timeZone: 'UTC' }));
    expect(formatPlain('(415) 555-1000', 'phone')).toBe('(415) 555-1000');
    expect(pathValue({ Account: { Name: 'Acme' } }, 'Account.Name')).toBe('Acme');
    expect(pathValue({ Account: null }, 'Account.Name')).toBeUndefined();
  });
});

describe('lookup labels', () => {
  it('read as what they point to', async () => {
    // @ts-expect-error plain LWC module without types
    const { labelOf } = await import('./fieldValue.js');
    expect(labelOf({ type: 'reference', label: 'Account ID' })).toBe('Account');
    expect(labelOf({ type: 'string', label: 'External ID' })).toBe('External ID');
  });
});
