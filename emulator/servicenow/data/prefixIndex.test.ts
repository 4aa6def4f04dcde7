import { describe, expect, it } from 'vitest';
import type { SnRecord } from '../schema';
import { Database, emptyData } from './database';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
}

const FORMS = [
  (d: string) => `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`,
  (d: string) => `+1 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`,
  (d: string) => `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)} x1${d.slice(8)}`,
  (d: string) => d,
  () => '',
];

const scan = (db: Database, field: string, prefix: string) =>
  db.all('csm_consumer').filter((r) => (r[field] ?? '').startsWith(prefix)).map((r) => r.sys_id).sort();
const indexed = (db: Database, field: string, prefix: string) => [...db.startingWith('csm_consumer', field, prefix)].sort();

describe('Database.startingWith', () => {
  it('finds what a scan finds on random phone numbers, through inserts, updates and removals', () => {
    const pick = random(7);
    const phone = () => FORMS[pick(FORMS.length)](`41555${String(pick(100_000)).padStart(5, '0')}`.slice(0, 10));
    const db = new Database(emptyData());
    const put = (id: string) => db.put('csm_consumer', { sys_id: id, phone: phone(), mobile_phone: phone() } as SnRecord);
    put('p0');
    const prefixes = ['(', '(415) 5', '+1 415', '415', '41555', '4', 'x', '(415) 555-0'];
    const compareAll = () => {
      for (const field of ['phone', 'mobile_phone']) {
        for (const prefix of prefixes) expect(indexed(db, field, prefix), `${field} ${prefix}`).toEqual(scan(db, field, prefix));
        const stored = db.get('csm_consumer', `p${pick(300)}`)?.[field];
        if (stored) expect(indexed(db, field, stored)).toEqual(scan(db, field, stored));
      }
    };
    // Built over one row, so the rows below go through `put` and must keep it in step.
    compareAll();
    for (let i = 1; i < 300; i++) put(`p${i}`);
    compareAll();
    for (let round = 0; round < 200; round++) {
      const id = `p${pick(400)}`;
      if (pick(4) === 0) db.remove('csm_consumer', id);
      else put(id);
      if (round % 20 === 0) compareAll();
    }
    compareAll();
  });

  it('compares the stored text literally', () => {
    const db = new Database(emptyData());
    db.put('csm_consumer', { sys_id: 'a', phone: '(415) 555-0199' });
    db.put('csm_consumer', { sys_id: 'b', phone: '415-555-0199' });
    expect([...db.startingWith('csm_consumer', 'phone', '(415)')]).toEqual(['a']);
    expect([...db.startingWith('csm_consumer', 'phone', '415')]).toEqual(['b']);
    db.put('csm_consumer', { sys_id: 'b', phone: '(415) 555-0100' });
    expect([...db.startingWith('csm_consumer', 'phone', '(415) 555-01')].sort()).toEqual(['a', 'b']);
  });
});
