import { describe, expect, it } from 'vitest';
import { Database, emptyData } from '../data/database';
import { movePasswordsToUsers } from './legacy';
import { verifyPassword } from './passwords';

describe('movePasswordsToUsers', () => {
  it('hashes the clear passwords of an older data file into sys_user.user_password and drops them', async () => {
    const db = new Database({ ...emptyData(), credentials: { admin: 'emulator', ghost: 'boo' } });
    db.put('sys_user', { sys_id: 'a', user_name: 'admin', active: 'true', user_password: '' });
    expect(await movePasswordsToUsers(db)).toBe(true);
    expect(db.data.credentials).toBeUndefined();
    const stored = db.get('sys_user', 'a')!.user_password;
    expect(stored).toMatch(/^scrypt\$/);
    expect(await verifyPassword(stored, 'emulator')).toBe(true);
    expect(JSON.stringify(db.data)).not.toContain('boo');
    expect(await movePasswordsToUsers(db)).toBe(false);
  });
});
