import { describe, expect, it } from 'vitest';
import { MEMORY, openStore } from '../../store/store';
import { openSalesforceData } from '../records/data';
import type { RecordStore } from '../records/recordStore';
import { checkPassword, hashStoredPasswords } from './credentials';

const USER = '005Dn000000CCardAAA';
const users = (active: boolean) => ({ byId: (id: string) => (id === USER ? { Id: USER, IsActive: active } : undefined) }) as unknown as RecordStore;

describe('credentials', () => {
  it('hashes the plain passwords of an older data file on start, and signs in with them', async () => {
    const store = await openStore(MEMORY);
    const ns = openSalesforceData(store);
    (ns.data.credentials as Record<string, unknown>)['agent@customercard.example'] = { userId: USER, password: 'emulator' };
    await hashStoredPasswords(store);
    expect(JSON.stringify(ns.data.credentials)).not.toContain('"emulator"');
    expect(await checkPassword(store, users(true), 'Agent@CustomerCard.example', 'emulator')).toBe(USER);
    expect(await checkPassword(store, users(true), 'agent@customercard.example', 'wrong')).toBeUndefined();
    expect(await checkPassword(store, users(false), 'agent@customercard.example', 'emulator')).toBeUndefined();
    expect(await checkPassword(store, users(true), 'constructor', 'emulator')).toBeUndefined();
  });
});
