import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, nestsDeeperThan, refuseDeepJson, TOO_DEEP } from './jsonDepth';

const nested = (depth: number) => Buffer.from(`${'{"v":['.repeat(depth)}1${']}'.repeat(depth)}`);

describe('nestsDeeperThan', () => {
  it('counts objects and arrays, not brackets inside strings', () => {
    expect(nestsDeeperThan(Buffer.from('{"a":[1,{"b":2}]}'), 3)).toBe(false);
    expect(nestsDeeperThan(Buffer.from('{"a":[1,{"b":2}]}'), 2)).toBe(true);
    expect(nestsDeeperThan(Buffer.from('{"a":"[[[[\\"{{{{"}'), 1)).toBe(false);
  });

  it('handles depths far past any call stack without recursion', () => {
    expect(nestsDeeperThan(nested(200_000), MAX_JSON_DEPTH)).toBe(true);
    expect(nestsDeeperThan(nested(MAX_JSON_DEPTH / 2), MAX_JSON_DEPTH)).toBe(false);
  });
});

describe('refuseDeepJson', () => {
  it('throws an error typed for the parts error handlers', () => {
    expect(() => refuseDeepJson(undefined, undefined, nested(MAX_JSON_DEPTH))).toThrow(expect.objectContaining({ type: TOO_DEEP }));
    expect(() => refuseDeepJson(undefined, undefined, Buffer.from('{"Name":"Acme"}'))).not.toThrow();
  });
});
