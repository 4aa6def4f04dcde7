import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invalidWildcard, matchesWildcard } from './wildcard';

/** The obvious backtracking definition, for comparison on small inputs only. */
function reference(text: string, pattern: string): boolean {
  if (!pattern) return !text;
  if (pattern[0] === '*') return reference(text, pattern.slice(1)) || (text.length > 0 && reference(text.slice(1), pattern));
  return text.length > 0 && text[0] === pattern[0] && reference(text.slice(1), pattern.slice(1));
}

describe('wildcard matching', () => {
  it('matches emails by prefix, suffix and middle pieces', () => {
    expect(matchesWildcard('maria.garcia@acme.example', '*@acme.example')).toBe(true);
    expect(matchesWildcard('maria.garcia@acme.example', 'maria*')).toBe(true);
    expect(matchesWildcard('Maria.Garcia@ACME.example', 'maria*@acme*')).toBe(true);
    expect(matchesWildcard('maria.garcia@acme.example', '*@mail.example')).toBe(false);
    expect(matchesWildcard('ab', 'a*b*b')).toBe(false);
  });

  it('agrees with the backtracking definition', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '@'), maxLength: 10 });
    const pattern = fc.string({ unit: fc.constantFrom('a', 'b', '@', '*'), maxLength: 8 });
    fc.assert(fc.property(text, pattern, (t, p) => matchesWildcard(t, p) === reference(t, p)));
  });

  it('answers the catastrophic pattern at once', () => {
    const started = performance.now();
    expect(matchesWildcard(`${'a'.repeat(5000)}@${'a'.repeat(5000)}`, `*@${'*'.repeat(200)}!`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('refuses too many wildcards and overlong terms', () => {
    expect(invalidWildcard('*@**************!')).toMatch(/^Invalid search: /);
    expect(invalidWildcard('x'.repeat(300))).toMatch(/^Invalid search: /);
    expect(invalidWildcard('*@acme.example')).toBeUndefined();
  });
});
