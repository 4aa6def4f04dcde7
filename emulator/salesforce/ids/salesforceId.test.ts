import { describe, expect, it } from 'vitest';
import { checksum, isIdShape, keyPrefixOf, makeId, to18 } from './salesforceId';

describe('Salesforce ids', () => {
  it('computes the documented case checksum', () => {
    // 001A0000006Vm9rIAC is the example Salesforce publishes; the suffix marks upper-case letters.
    expect(checksum('001000000000000')).toBe('AAA');
    expect(checksum('001A0000006Vm9r')).toBe('IAC');
    expect(to18('003D000000QV9n2')).toBe('003D000000QV9n2IAD');
  });

  it('accepts 15 and 18 character ids and refuses anything else', () => {
    const id = makeId('003', 12345);
    expect(id).toHaveLength(18);
    expect(isIdShape(id)).toBe(true);
    expect(isIdShape(id.slice(0, 15))).toBe(true);
    expect(to18(id.slice(0, 15))).toBe(id);
    expect(isIdShape(`${id.slice(0, 15)}ZZZ`)).toBe(false);
    expect(isIdShape('003-not-an-id!!')).toBe(false);
    expect(isIdShape('003')).toBe(false);
    expect(isIdShape(42)).toBe(false);
  });

  it('keeps the key prefix and makes distinct ids for distinct serials', () => {
    const a = makeId('00Q', 1);
    const b = makeId('00Q', 62);
    expect(keyPrefixOf(a)).toBe('00Q');
    expect(a).not.toBe(b);
  });
});
