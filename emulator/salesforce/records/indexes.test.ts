import { describe, expect, it } from 'vitest';
import { EqualityIndex, PhoneIndex, phoneKeys } from './indexes';

describe('phone index', () => {
  it('reduces a phone to its digits, drops an extension and keeps the last 10 digits', () => {
    expect(phoneKeys('(415) 555-0101')).toEqual(['4155550101']);
    expect(phoneKeys('+1 415 555 0101')).toEqual(['14155550101', '4155550101']);
    expect(phoneKeys('1 (415) 555-1035 x105')).toEqual(['14155551035', '4155551035']);
    expect(phoneKeys(null)).toEqual([]);
  });

  it('finds a number however either side was typed', () => {
    const index = new PhoneIndex();
    index.add('a', ['(415) 555-0101']);
    index.add('b', ['+1 415 555 0101', null]);
    expect([...index.find('14155550101')].sort()).toEqual(['a', 'b']);
    expect([...index.find('4155550101')].sort()).toEqual(['a', 'b']);
    index.remove('a', ['(415) 555-0101']);
    expect([...index.find('4155550101')]).toEqual(['b']);
  });
});

describe('equality index', () => {
  it('matches strings case-insensitively and follows writes', () => {
    const index = new EqualityIndex();
    index.build('Email', [{ Id: '1', Email: 'Ana@Example.com' }, { Id: '2', Email: 'x@y.z', IsDeleted: true }]);
    expect([...index.find('Email', 'ana@example.com')!]).toEqual(['1']);
    expect(index.find('Email', 'x@y.z')).toBeUndefined();
    index.add({ Id: '3', Email: 'ana@example.com' });
    expect(index.find('Email', 'ANA@example.com')!.size).toBe(2);
  });
});
