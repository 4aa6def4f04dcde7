import { describe, expect, it } from 'vitest';
import { Database } from './database';
import { emptyData } from './namespace';

describe('Database indexes', () => {
  it('keeps built indexes in step with writes and deletes', () => {
    const db = new Database(emptyData());
    db.put('contact', 'a', { contactid: 'a', telephone1: '(415) 555-0199', lastname: 'García' });
    db.put('contact', 'b', { contactid: 'b', telephone1: '415-555-0199', lastname: 'Souza' });
    expect([...db.withDigits('contact', 'telephone1', '4155550199')]).toEqual(['a', 'b']);
    expect([...db.withKey('contact', 'lastname', 'garcia')]).toEqual(['a']);
    expect([...db.startingWith('contact', 'lastname', 'so')]).toEqual(['b']);

    db.put('contact', 'b', { contactid: 'b', telephone1: '+1 206 555 0187', lastname: 'Sousa' });
    db.put('contact', 'c', { contactid: 'c', telephone1: null, lastname: 'Garcia' });
    expect([...db.withDigits('contact', 'telephone1', '4155550199')]).toEqual(['a']);
    expect([...db.withDigits('contact', 'telephone1', '12065550187')]).toEqual(['b']);
    expect([...db.withKey('contact', 'lastname', 'garcia')].sort()).toEqual(['a', 'c']);
    expect([...db.startingWith('contact', 'lastname', 'sou')]).toEqual(['b']);

    db.remove('contact', 'a');
    expect([...db.withKey('contact', 'lastname', 'garcia')]).toEqual(['c']);
    expect([...db.withDigits('contact', 'telephone1', '4155550199')]).toEqual([]);
    expect(db.position('contact', 'c')).toBe(2);
  });

  it('hands out one row version sequence for the whole database and auto-numbers per table', () => {
    const db = new Database(emptyData());
    const first = db.nextVersion();
    expect(db.nextVersion()).toBe(first + 1);
    expect(db.nextNumber('incident', 1001)).toBe(1001);
    expect(db.nextNumber('incident', 1001)).toBe(1002);
  });
});
