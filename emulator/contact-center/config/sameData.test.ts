import { describe, expect, it } from 'vitest';
import { sameData } from './sameData';

describe('sameData', () => {
  const config = { connections: { salesforce: { instanceUrl: 'https://acme.my.salesforce.com', apiVersion: '62.0' } }, lookup: { steps: [{ crm: 'salesforce', fields: ['Phone', 'MobilePhone'] }] }, ivr: { budgetMs: 1500 } };

  it('holds for a copy of the same document', () => {
    expect(sameData(config, structuredClone(config))).toBe(true);
  });

  it('sees a change deep inside, an added or removed key, and a longer list', () => {
    const changed = structuredClone(config);
    changed.lookup.steps[0].fields[1] = 'HomePhone';
    expect(sameData(config, changed)).toBe(false);
    expect(sameData(config, { ...config, writeBack: { maxAttempts: 5 } })).toBe(false);
    expect(sameData({ a: 1, b: undefined }, { a: 1 })).toBe(false);
    expect(sameData({ a: 1, b: undefined }, { a: 1, c: undefined })).toBe(false);
    expect(sameData([1, 2], [1, 2, 3])).toBe(false);
  });

  it('tells a list from an object, null from an object, and a number from its text', () => {
    expect(sameData({ 0: 'x' }, ['x'])).toBe(false);
    expect(sameData(['x'], { 0: 'x' })).toBe(false);
    expect(sameData(null, {})).toBe(false);
    expect(sameData({ budgetMs: 1500 }, { budgetMs: '1500' })).toBe(false);
  });
});
