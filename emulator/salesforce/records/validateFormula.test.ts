import { describe, expect, it } from 'vitest';
import { evaluate, type FormulaValue } from './validateFormulaEval';
import { FormulaSyntaxError, parseFormula } from './validateFormulaParse';

const run = (source: string, fields: Record<string, FormulaValue> = {}, prior?: Record<string, FormulaValue>) =>
  evaluate(parseFormula(source), {
    read: (path) => fields[path.join('.')] ?? null,
    prior: (path) => prior?.[path.join('.')] ?? null,
    isNew: prior === undefined,
  });

describe('validation rule formulas', () => {
  it('evaluates logic, comparisons and precedence', () => {
    expect(run('AnnualRevenue < 0', { AnnualRevenue: -1 })).toBe(true);
    expect(run('AnnualRevenue < 0')).toBe(false);
    expect(run('1 + 2 * 3 = 7 && !(2 > 3) || FALSE')).toBe(true);
    expect(run('AND(TRUE, OR(FALSE, NOT(FALSE)), 3 <> 4, "a" != "b")')).toBe(true);
    expect(run('IF(LEN(Name) > 3, "long", "short") & "!"', { Name: 'Müller' })).toBe('long!');
  });

  it('treats blank text as null, reads picklists and relationship paths', () => {
    expect(run('ISBLANK(Description)', { Description: '' })).toBe(true);
    expect(run('Description = ""')).toBe(true);
    expect(run('ISPICKVAL(Status, "Closed")', { Status: 'Closed' })).toBe(true);
    expect(run('RecordType.DeveloperName = "Warranty_Claim"', { 'RecordType.DeveloperName': 'Warranty_Claim' })).toBe(true);
    expect(run('$RecordType.DeveloperName = "Support"', { 'RecordType.DeveloperName': 'Support' })).toBe(true);
    expect(run('BEGINS(UPPER(TRIM(Name)), "AC") && CONTAINS(LOWER(Name), "me")', { Name: ' acme ' })).toBe(true);
  });

  it('matches REGEX against the whole text, as Java does', () => {
    expect(run('REGEX(Zip, "[0-9]{5}")', { Zip: '10115' })).toBe(true);
    expect(run('REGEX(Zip, "[0-9]{5}")', { Zip: '10115-1' })).toBe(false);
  });

  it('knows new records, changes and prior values', () => {
    expect(run('ISNEW()', {})).toBe(true);
    expect(run('ISCHANGED(Status)', { Status: 'Working' }, { Status: 'New' })).toBe(true);
    expect(run('ISCHANGED(Status)', { Status: 'New' }, { Status: 'New' })).toBe(false);
    expect(run('PRIORVALUE(Status) = "New"', { Status: 'Working' }, { Status: 'New' })).toBe(true);
  });

  it('refuses what it cannot read when the metadata loads', () => {
    expect(() => parseFormula('VLOOKUP(a, b, c)')).toThrow(FormulaSyntaxError);
    expect(() => parseFormula('AND(TRUE')).toThrow(/expected '\)'/);
    expect(() => parseFormula('NOT(TRUE, FALSE)')).toThrow(/Incorrect number of parameters/);
    expect(() => parseFormula('"open')).toThrow(/unterminated string/);
  });
});
