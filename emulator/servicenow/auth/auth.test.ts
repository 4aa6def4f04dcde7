import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { Database, emptyData } from '../data/database';
import { authenticate } from '.';
import { hashPassword, verifyPassword } from './passwords';

const basic = (user: string, password: string) => ({ headers: { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` } }) as unknown as Request;

describe('passwords', () => {
  it('hashes with a fresh salt and verifies only the right password', async () => {
    const [a, b] = [await hashPassword('S3cret!'), await hashPassword('S3cret!')];
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, 'S3cret!')).toBe(true);
    expect(await verifyPassword(a, 'S3cret')).toBe(false);
    expect(await verifyPassword(undefined, 'S3cret!')).toBe(false);
    expect(await verifyPassword('plain-text', 'plain-text')).toBe(false);
  });
});

describe('authenticate', () => {
  it('finds the user through the user_name index: no request enumerates sys_user', async () => {
    const db = new Database(emptyData());
    for (let i = 0; i < 2000; i++) db.put('sys_user', { sys_id: `u${i}`, user_name: `user${i}`, active: 'true', user_password: '' });
    db.put('sys_user', { sys_id: 'me', user_name: 'maria.garcia', active: 'true', user_password: await hashPassword('pw') });
    expect(await authenticate(basic('maria.garcia', 'pw'), db)).toBe('maria.garcia');

    let enumerations = 0;
    db.data.tables.sys_user = new Proxy(db.data.tables.sys_user, {
      ownKeys(target) {
        enumerations++;
        return Reflect.ownKeys(target);
      },
    });
    for (let i = 0; i < 50; i++) expect(await authenticate(basic('maria.garcia', 'pw'), db)).toBe('maria.garcia');
    expect(await authenticate(basic('maria.garcia', 'wrong'), db)).toBeUndefined();
    expect(await authenticate(basic('nobody', 'pw'), db)).toBeUndefined();
    expect(enumerations).toBe(0);
  });

  it('refuses an inactive user with the right password', async () => {
    const db = new Database(emptyData());
    db.put('sys_user', { sys_id: 'x', user_name: 'left.company', active: 'false', user_password: await hashPassword('pw') });
    expect(await authenticate(basic('left.company', 'pw'), db)).toBeUndefined();
  });
});
