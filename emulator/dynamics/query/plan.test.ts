import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Database } from '../data/database';
import { emptyData } from '../data/namespace';
import { createRow } from '../records/write';
import { buildRegistry } from '../schema/registry';
import { bindFilter } from './bind';
import { parseFilter } from './filter';
import { candidates } from './plan';
import { findRows } from './run';

const registry = buildRegistry();
const contact = registry.byLogicalName('contact')!;
const account = registry.byLogicalName('account')!;

const PHONES = ['(415) 555-0199', '415-555-0199', '+1 415 555 0199', '415.555.0142', '+14155550142', '(206) 555-0187'];
const LAST_NAMES = ['García', 'Garcia', 'Müller', 'MULLER', 'Souza', "O'Brien"];

function seed() {
  const db = new Database(emptyData());
  const context = { db, registry };
  const accounts = ['Acme', 'Globex'].map((name) => String(createRow(context, account, { name }).accountid));
  let n = 0;
  for (const phone of [...PHONES, null]) {
    for (const lastname of LAST_NAMES) {
      n++;
      createRow(context, contact, {
        firstname: n % 3 === 0 ? 'Ana' : 'José', lastname, telephone1: phone, emailaddress1: n % 4 === 0 ? null : `p${n}@Mail.example`, cc_nps: n % 11,
        ...(n % 5 === 0 ? {} : { 'parentcustomerid_account@odata.bind': `/accounts(${accounts[n % 2]})` }),
      });
    }
  }
  return { db, accounts };
}

const { db, accounts } = seed();
const bound = (filter: string) => bindFilter(registry, contact, parseFilter(filter));
const ids = (filter: string, useIndexes: boolean) => findRows(db, contact, bound(filter), [], { useIndexes }).map((r) => r.contactid);

describe('candidates (the $filter planner)', () => {
  it('narrows a phone equality through the digits index, whatever the stored format', () => {
    const planned = candidates(db, contact, bound("telephone1 eq '(415) 555-0199'"));
    // Every row whose telephone1 has the digits 4155550199, in three formats: only one format is equal.
    expect(planned?.size).toBe(LAST_NAMES.length * 2);
    expect(ids("telephone1 eq '(415) 555-0199'", true)).toHaveLength(LAST_NAMES.length);
  });

  it('uses the folded-key and prefix indexes, intersects and, unions or', () => {
    expect(candidates(db, contact, bound("lastname eq 'garcia'"))?.size).toBe(2 * (PHONES.length + 1));
    expect(candidates(db, contact, bound("startswith(lastname,'MU')"))?.size).toBe(2 * (PHONES.length + 1));
    expect(candidates(db, contact, bound(`_parentcustomerid_value eq ${accounts[0]} and lastname eq 'Souza'`))?.size).toBeLessThan(PHONES.length + 1);
    // Souza rows, plus rows with the digits 2065550187, less the one Souza row with them.
    expect(candidates(db, contact, bound("lastname eq 'Souza' or telephone1 eq '206 555 0187'"))?.size).toBe(PHONES.length + LAST_NAMES.length);
  });

  it('falls back to a scan for what no index answers', () => {
    for (const filter of ["not (lastname eq 'Souza')", "lastname ne 'Souza'", "contains(lastname,'ll')", "firstname eq 'Ana'", "lastname eq 'Souza' or firstname eq 'Ana'", 'lastname eq firstname']) {
      expect(candidates(db, contact, bound(filter))).toBeUndefined();
    }
    // One indexed side of an `and` is enough.
    expect(candidates(db, contact, bound("lastname eq 'Souza' and firstname eq 'Ana'"))?.size).toBe(PHONES.length + 1);
  });

  it('never changes an answer: indexed and scanned results are the same for any filter', () => {
    const text = fc.constantFrom(...PHONES, ...LAST_NAMES, 'garcía', 'muller', '415', '(415', 'p1', 'Ana', "o'b");
    const quoted = text.map((t) => `'${t.replaceAll("'", "''")}'`);
    const column = fc.constantFrom('telephone1', 'lastname', 'firstname', 'fullname', 'emailaddress1');
    const condition = fc.oneof(
      fc.tuple(column, fc.constantFrom('eq', 'ne', 'gt', 'le'), quoted).map(([c, op, v]) => `${c} ${op} ${v}`),
      fc.tuple(fc.constantFrom('startswith', 'contains', 'endswith'), column, quoted).map(([f, c, v]) => `${f}(${c},${v})`),
      fc.tuple(column, fc.constantFrom('eq', 'ne')).map(([c, op]) => `${c} ${op} null`),
      fc.tuple(fc.constantFrom(...accounts), fc.constantFrom('eq', 'ne')).map(([id, op]) => `_parentcustomerid_value ${op} ${id}`),
      fc.integer({ min: 0, max: 10 }).map((nps) => `cc_nps ge ${nps}`),
    );
    const filter: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        condition,
        fc.tuple(tie('node'), fc.constantFrom('and', 'or'), tie('node')).map(([a, op, b]) => `(${a}) ${op} (${b})`),
        tie('node').map((a) => `not (${a})`),
      ),
    })).node;
    fc.assert(
      fc.property(filter, (f) => {
        expect(ids(f, true)).toEqual(ids(f, false));
      }),
      { numRuns: 300 },
    );
  });
});
