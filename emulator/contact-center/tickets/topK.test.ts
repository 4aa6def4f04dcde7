import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topK } from './topK';

describe('topK', () => {
  it('gives the same first k items as sorting everything', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: 0, max: 30 }), (values, k) => {
        // Ties broken by position, as the ticket orders break them by key: one order, no ambiguity.
        const items = values.map((value, at) => ({ value, at }));
        const compare = (a: (typeof items)[number], b: (typeof items)[number]) => b.value - a.value || a.at - b.at;
        expect(topK(items, k, compare)).toEqual([...items].sort(compare).slice(0, k));
      }),
    );
  });

  it('takes any iterable, once', () => {
    function* numbers() {
      yield* [5, 1, 9, 3, 7];
    }
    expect(topK(numbers(), 3, (a, b) => a - b)).toEqual([1, 3, 5]);
  });
});
