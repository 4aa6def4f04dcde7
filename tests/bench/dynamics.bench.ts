import { randomUUID } from 'node:crypto';
import { Database } from '../../emulator/dynamics/data/database';
import { emptyData } from '../../emulator/dynamics/data/namespace';
import { bindFilter } from '../../emulator/dynamics/query/bind';
import { parseFilter } from '../../emulator/dynamics/query/filter';
import { findRows } from '../../emulator/dynamics/query/run';
import { renderRow } from '../../emulator/dynamics/records/render';
import { buildRegistry } from '../../emulator/dynamics/schema/registry';
import type { Row } from '../../emulator/dynamics/schema/types';
import { median, timeRuns, type Benchmark } from './figure';

const CONTACTS = 100_000;
/** Phone numbers typed the ways the demo story types them. */
const FORMATS = [
  (n: string) => `(${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`,
  (n: string) => `+1 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
  (n: string) => `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`,
  (n: string) => `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6)}`,
  (n: string) => `+1${n}`,
];
const CALLER = '4155550199';
/** What an IVR lookup asks: the caller's number in each format a record may hold it in. */
const FILTER = FORMATS.map((format) => `telephone1 eq '${format(CALLER)}'`).join(' or ');

function seed() {
  const registry = buildRegistry();
  const contact = registry.byLogicalName('contact')!;
  const db = new Database(emptyData());
  for (let i = 0; i < CONTACTS; i++) {
    const row: Row = {};
    for (const attribute of contact.attributes) row[attribute.logicalName] = attribute.defaultValue ?? null;
    const number = i === 42 ? CALLER : `${200 + (i % 700)}555${String(i % 10_000).padStart(4, '0')}`;
    const id = randomUUID();
    Object.assign(row, { contactid: id, firstname: `Person${i}`, lastname: 'Sample', fullname: `Person${i} Sample`, telephone1: FORMATS[i % FORMATS.length](number), versionnumber: i + 1 });
    db.put('contact', id, row);
  }
  return { db, registry, contact };
}

/** Issue 19: a `$filter` on telephone1 over 100k contacts, through the digits index vs a linear scan. */
const dynamicsBench: Benchmark = {
  title: 'Dynamics 365 Web API',
  async run() {
    const { db, registry, contact } = seed();
    const context = { db, registry, wants: () => false };
    const query = (useIndexes: boolean) => () => {
      const filter = bindFilter(registry, contact, parseFilter(FILTER));
      return findRows(db, contact, filter, [], { useIndexes }).map((row) => renderRow(context, contact, row, ['fullname', 'telephone1']));
    };
    const indexed = query(true)();
    const scanned = query(false)();
    if (indexed.length !== 1 || JSON.stringify(indexed) !== JSON.stringify(scanned)) throw new Error('indexed and scanned answers differ');

    const fast = median(await timeRuns(query(true), 30));
    const slow = median(await timeRuns(query(false), 10));
    return [
      {
        name: `$filter telephone1 eq (5 formats, or) over ${CONTACTS / 1000}k contacts, median`,
        value: fast,
        unit: 'ms',
        baseline: { value: slow, what: 'linear scan' },
      },
    ];
  },
};

export default dynamicsBench;
