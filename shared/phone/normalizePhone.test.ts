import { describe, expect, it } from 'vitest';
import { normalizePhone, samePhone } from './normalizePhone';

describe('normalizePhone (PRODUCT.md §7.1: numbers match whatever way they were typed)', () => {
  it.each([
    ['(415) 555-0101', '+14155550101'],
    ['415-555-0101', '+14155550101'],
    ['415.555.0101', '+14155550101'],
    ['+1 415 555 0101', '+14155550101'],
    ['1 (415) 555-0101 x12', '+14155550101'],
    ['312-555-0105 ext. 12', '+13125550105'],
    ['(415)5550101', '+14155550101'],
    ['+49 30 901820', '+4930901820'],
    ['0049 30 901820', '+4930901820'],
    ['+33 1 42 68 53 00', '+33142685300'],
    ['+81 3-3224-9999', '+81332249999'],
    ['+49 (0)89 1234567', '+49891234567'],
  ])('%s -> %s', (raw, e164) => {
    expect(normalizePhone(raw)).toBe(e164);
  });

  it('uses the configured default region for national numbers', () => {
    expect(normalizePhone('030 901820', 'DE')).toBe('+4930901820');
    expect(normalizePhone('01 42 68 53 00', 'FR')).toBe('+33142685300');
    expect(normalizePhone('03-3224-9999', 'JP')).toBe('+81332249999');
  });

  it.each([[''], [null], [undefined], ['n/a'], ['john@example.com'], ['12'], ['+1 415']])('refuses %s', (raw) => {
    expect(normalizePhone(raw)).toBeNull();
  });

  it('answers a number again per region, however many numbers came between', () => {
    expect(normalizePhone('030 901820', 'DE')).toBe('+4930901820');
    expect(normalizePhone('030 901820', 'US')).toBeNull();
    for (let i = 0; i < 2500; i++) normalizePhone(`(415) 55${String(i).padStart(5, '0')}`);
    expect(normalizePhone('030 901820', 'US')).toBeNull();
    expect(normalizePhone('030 901820', 'DE')).toBe('+4930901820');
    expect(normalizePhone('(415) 5500042')).toBe('+14155500042');
  });

  it('compares numbers typed differently', () => {
    expect(samePhone('(415) 555-0199', '415-555-0199')).toBe(true);
    expect(samePhone('(415) 555-0199', '415-555-0198')).toBe(false);
    expect(samePhone('', '')).toBe(false);
  });
});
