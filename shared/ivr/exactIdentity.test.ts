import { describe, expect, it } from 'vitest';
import { holdsExactEmail } from './exactIdentity';

const maria = { crm: 'salesforce', object: 'Contact', id: '003000000000001AAA', name: 'Maria García', fields: { Email: 'Maria.Garcia@acme.example' } } as never;

describe('holdsExactEmail (finding 7)', () => {
  it('identifies by the same address, whatever its case', () => {
    expect(holdsExactEmail(maria, 'maria.garcia@ACME.example ')).toBe(true);
  });
  it('takes wildcards literally', () => {
    expect(holdsExactEmail(maria, 'maria*@acme.example')).toBe(false);
    expect(holdsExactEmail(maria, '*@acme.example')).toBe(false);
  });
});
