import { describe, expect, it } from 'vitest';
import { Database } from '../data/database';
import { emptyData } from '../data/namespace';
import { createRow } from '../records/write';
import { buildRegistry } from '../schema/registry';
import { describeKey, parseKey, resolveKey } from './keys';

const registry = buildRegistry();
const account = registry.byLogicalName('account')!;

describe('record keys', () => {
  it('reads a GUID (with or without braces) and a defined alternate key', () => {
    expect(parseKey(account, '{5E0C1C3E-1A2B-4C5D-8E9F-0A1B2C3D4E5F}')).toEqual({ kind: 'id', id: '5e0c1c3e-1a2b-4c5d-8e9f-0a1b2c3d4e5f' });
    expect(parseKey(account, "accountnumber='ACC/10''01'")).toEqual({ kind: 'alternate', values: { accountnumber: "ACC/10'01" } });
  });

  it('refuses columns that are not an alternate key, and malformed keys', () => {
    expect(() => parseKey(account, "name='Acme'")).toThrow(/not an alternate key defined on the 'account' table/);
    expect(() => parseKey(account, "accountnumber='ACC")).toThrow(/unterminated literal/);
    expect(() => parseKey(account, 'nonsense')).toThrow(/not a valid key/);
  });

  it('resolves an alternate key under the collation, and describes keys for messages', () => {
    const db = new Database(emptyData());
    const id = createRow({ db, registry }, account, { name: 'Acme', accountnumber: 'ACC-10001' }).accountid;
    const key = parseKey(account, "accountnumber='acc-10001'");
    expect(resolveKey(db, account, key)).toBe(id);
    expect(resolveKey(db, account, parseKey(account, "accountnumber='ACC-99999'"))).toBeUndefined();
    expect(describeKey(key)).toBe("accountnumber='acc-10001'");
  });
});
