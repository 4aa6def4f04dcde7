import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, parseFilter, type FilterNode } from './filter';

const prop = (name: string) => expect.objectContaining({ type: 'property', name });
const lit = (literal: string, value: unknown) => expect.objectContaining({ type: 'literal', literal, value });
const error = (text: string) => {
  try {
    parseFilter(text);
  } catch (e) {
    return e as { status: number; code: string; message: string };
  }
  throw new Error(`parsed: ${text}`);
};

describe('parseFilter', () => {
  it('reads comparisons with every literal Dataverse filters use', () => {
    expect(parseFilter("lastname eq 'O''Bryan'")).toEqual({ type: 'compare', op: 'eq', left: prop('lastname'), right: lit('string', "O'Bryan") });
    expect(parseFilter('cc_nps ge -3')).toMatchObject({ op: 'ge', right: lit('int', -3) });
    expect(parseFilter('cc_monthlyfee lt 12.5')).toMatchObject({ op: 'lt', right: lit('decimal', 12.5) });
    expect(parseFilter('_parentcustomerid_value eq 5E0C1C3E-1A2B-4C5D-8E9F-0A1B2C3D4E5F')).toMatchObject({ right: lit('guid', '5e0c1c3e-1a2b-4c5d-8e9f-0a1b2c3d4e5f') });
    expect(parseFilter('createdon gt 2024-05-01T08:30:00Z')).toMatchObject({ op: 'gt', right: lit('datetime', '2024-05-01T08:30:00Z') });
    expect(parseFilter('mobilephone ne null')).toMatchObject({ op: 'ne', right: lit('null', null) });
    expect(parseFilter('directioncode eq false')).toMatchObject({ right: lit('boolean', false) });
  });

  it('binds not tighter than and, and and tighter than or; parentheses override', () => {
    const a = "a eq '1'";
    const tree = parseFilter(`${a} or not b eq '2' and c eq '3'`) as { type: string; right: FilterNode };
    expect(tree.type).toBe('or');
    expect(tree.right).toMatchObject({ type: 'and', left: { type: 'not' }, right: { type: 'compare' } });
    expect(parseFilter(`(${a} or b eq '2') and c eq '3'`)).toMatchObject({ type: 'and', left: { type: 'or' } });
  });

  it('reads the string functions and a bare Boolean', () => {
    expect(parseFilter("contains(emailaddress1,'@acme.')")).toEqual({ type: 'function', name: 'contains', property: prop('emailaddress1'), argument: lit('string', '@acme.') });
    expect(parseFilter("not startswith(telephone1, '+1 415')")).toMatchObject({ type: 'not', operand: { type: 'function', name: 'startswith' } });
    expect(parseFilter('cc_priorityaccount')).toMatchObject({ type: 'compare', op: 'eq', right: lit('boolean', true) });
    expect(parseFilter("parentcustomerid_account/name eq 'Acme'")).toMatchObject({ left: prop('parentcustomerid_account/name') });
  });

  it('words its errors as ODataLib does, with positions', () => {
    // The filter-rows page's own example.
    expect(error("lastname eq 'O'Bryan'")).toMatchObject({ status: 400, code: '0x80060888', message: "There is an unterminated literal at position 21 in 'lastname eq 'O'Bryan''." });
    expect(error("lastname eq 'O' Bryan")).toMatchObject({ message: "Syntax error at position 16 in 'lastname eq 'O' Bryan'." });
    expect(error("lastname eq 'a' or")).toMatchObject({ message: "Expression expected at position 18 in 'lastname eq 'a' or'." });
    expect(error("(lastname eq 'a'")).toMatchObject({ message: "')' or operator expected at position 16 in '(lastname eq 'a''." });
    expect(error("contains(lastname 'a')")).toMatchObject({ message: "')' or ',' expected at position 18 in 'contains(lastname 'a')'." });
    expect(error("substringof('a',lastname)").message).toMatch(/^An unknown function with name 'substringof' was found/);
    expect(error('telephone1 eq 415#').message).toBe("Syntax error at position 17 in 'telephone1 eq 415#'.");
    expect(error('createdon gt 2024-13-45T99:99:99Z').message).toBe("Syntax error at position 13 in 'createdon gt 2024-13-45T99:99:99Z'.");
  });

  it('refuses nesting past the recursion limit instead of overflowing the stack', () => {
    const deep = `${'('.repeat(MAX_DEPTH + 1)}a eq 1${')'.repeat(MAX_DEPTH + 1)}`;
    expect(error(deep).message).toBe('The recursion limit has been exceeded.');
    expect(error('not '.repeat(100_000) + 'a').message).toBe('The recursion limit has been exceeded.');
  });

  it('stays linear on long and hostile input', () => {
    const long = `contains(fullname,'${'a'.repeat(200_000)}')`;
    const quotes = `lastname eq '${"''".repeat(100_000)}'`;
    const ors = Array.from({ length: 20_000 }, (_, i) => `telephone1 eq '${i}'`).join(' or ');
    const started = performance.now();
    expect(parseFilter(long)).toMatchObject({ type: 'function' });
    expect(parseFilter(quotes)).toMatchObject({ right: lit('string', "'".repeat(100_000)) });
    expect(parseFilter(ors)).toMatchObject({ type: 'or' });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
