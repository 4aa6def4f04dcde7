import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileWildcard, matchesWildcard, type WildcardPart } from './wildcard';

const parse = (pattern: string) => compileWildcard(Array.from(pattern, (c): WildcardPart => (c === '%' ? 'any' : c === '_' ? 'one' : { literal: c })));
const matches = (pattern: string, text: string) => matchesWildcard(parse(pattern), text);

/** The obvious backtracking definition, only ever run on tiny inputs as the oracle. */
function oracle(pattern: string, text: string): boolean {
  if (pattern === '') return text === '';
  const [p, ...rest] = pattern;
  if (p === '%') return [...Array(text.length + 1).keys()].some((i) => oracle(rest.join(''), text.slice(i)));
  if (text === '') return false;
  return (p === '_' || p.toLowerCase() === text[0].toLowerCase()) && oracle(rest.join(''), text.slice(1));
}

describe('matchesWildcard', () => {
  it('matches runs, single characters and literals, ignoring case', () => {
    expect(matches('maria%', 'Maria.Garcia@acme.example')).toBe(true);
    expect(matches('%@acme._xample', 'maria@ACME.example')).toBe(true);
    expect(matches('%garcia', 'maria.garcia@acme.example')).toBe(false);
    expect(matches('a%b%c', 'abc')).toBe(true);
    expect(matches('a%b%c', 'acb')).toBe(false);
    expect(matches('_', 'é')).toBe(true);
    expect(matches('%%', '')).toBe(true);
  });

  it('agrees with the backtracking definition on small inputs', () => {
    const alphabet = fc.constantFrom('a', 'b', '%', '_');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 7 }), fc.array(fc.constantFrom('a', 'b', 'A'), { maxLength: 8 }), (p, t) => {
      expect(matches(p.join(''), t.join(''))).toBe(oracle(p.join(''), t.join('')));
    }), { numRuns: 2000 });
  });

  it('stays fast on patterns that make regular expressions backtrack', () => {
    const started = performance.now();
    expect(matches(`${'%a'.repeat(30)}%b`, 'a'.repeat(5000))).toBe(false);
    expect(matches('%%%%%%%%%%%%!', 'x'.repeat(10000))).toBe(false);
    expect(performance.now() - started).toBeLessThan(100);
  });
});
