import { describe, expect, it } from 'vitest';
import { Database, emptyData } from './database';

const consumer = (sys_id: string, phone: string, last_name = 'Souza') => ({ sys_id, phone, last_name });

describe('Database', () => {
  it('keeps a built equality index in step with updates and removals', () => {
    const db = new Database(emptyData());
    db.put('csm_consumer', consumer('a', '(415) 555-0199'));
    expect([...db.lookup('csm_consumer', 'last_name', 'Souza')]).toEqual(['a']);
    db.put('csm_consumer', consumer('b', '415-555-0199'));
    db.put('csm_consumer', consumer('a', '(415) 555-0199', 'Silva'));
    expect([...db.lookup('csm_consumer', 'last_name', 'Souza')]).toEqual(['b']);
    expect([...db.lookup('csm_consumer', 'last_name', 'Silva')]).toEqual(['a']);
    db.remove('csm_consumer', 'a');
    expect(db.lookup('csm_consumer', 'last_name', 'Silva').size).toBe(0);
  });

  it('finds phone numbers by their digits and by their last ten digits', () => {
    const db = new Database(emptyData());
    db.put('csm_consumer', consumer('a', '(415) 555-0199'));
    db.put('csm_consumer', consumer('b', '+1 415-555-0199'));
    expect([...db.phoneLookup('csm_consumer', 'phone', 'digits', '4155550199')]).toEqual(['a']);
    expect([...db.phoneLookup('csm_consumer', 'phone', 'last10', '4155550199')].sort()).toEqual(['a', 'b']);
    db.put('csm_consumer', consumer('a', ''));
    expect([...db.phoneLookup('csm_consumer', 'phone', 'last10', '4155550199')]).toEqual(['b']);
  });

  it('numbers records per table with the prefix and seven digits', () => {
    const db = new Database(emptyData());
    expect(db.nextNumber('sn_customerservice_case')).toBe('CS0000001');
    expect(db.nextNumber('sn_customerservice_case')).toBe('CS0000002');
    expect(db.nextNumber('customer_account')).toBe('ACCT0001000');
    expect(db.nextNumber('sys_user')).toBeUndefined();
  });

  it('remembers insertion order', () => {
    const db = new Database(emptyData());
    for (const id of ['z', 'a', 'm']) db.put('sys_user', { sys_id: id });
    expect(['z', 'a', 'm'].map((id) => db.position('sys_user', id))).toEqual([0, 1, 2]);
  });
});
