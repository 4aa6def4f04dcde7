import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsMatcher } from './contains';

describe('containsMatcher', () => {
  it('finds what String.prototype.includes finds', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'c') }), fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 6 }), (text, pattern) => {
      expect(containsMatcher(pattern)(text)).toBe(text.includes(pattern));
    }), { numRuns: 2000 });
  });

  it('stays linear on the inputs that make a naive search quadratic', () => {
    const text = 'a'.repeat(200_000);
    const pattern = `${'a'.repeat(20_000)}b`;
    const started = performance.now();
    expect(containsMatcher(pattern)(text)).toBe(false);
    expect(performance.now() - started).toBeLessThan(100);
  });
});
