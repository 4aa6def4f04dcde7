import { Database, emptyData } from '../../emulator/servicenow/data/database';
import { glideDateTime, newSysId } from '../../emulator/servicenow/data/glide';
import { parseEncodedQuery } from '../../emulator/servicenow/query/parse';
import { runQuery } from '../../emulator/servicenow/query/run';
import { renderRecord } from '../../emulator/servicenow/records/render';
import { mustTable, type SnRecord } from '../../emulator/servicenow/schema';
import { median, timeRuns, type Benchmark } from './figure';

const CASES = 100_000;
const CONSUMERS = 20_000;
const LAST_NAMES = ['Souza', 'Silva', 'García', 'Müller', 'Dubois', 'Sato', 'Nowak', 'Rossi', 'Kim', 'Cohen', 'Larsen', 'Moreau', 'Patel', 'Olsen', 'Costa'];
const QUERY = 'consumer.last_name=Souza^state=1^ORDERBYDESCopened_at';

/** A row with every schema field, as the insert path would store it; seeded without validation for speed. */
function row(table: string, values: SnRecord): SnRecord {
  const record: SnRecord = {};
  for (const field of mustTable(table).fields) record[field.name] = '';
  return Object.assign(record, { sys_id: newSysId(), sys_mod_count: '0', sys_created_by: 'admin', sys_updated_by: 'admin' }, values);
}

function seed(): Database {
  const db = new Database(emptyData());
  const consumers: string[] = [];
  for (let i = 0; i < CONSUMERS; i++) {
    const last = LAST_NAMES[i % LAST_NAMES.length];
    const consumer = row('csm_consumer', { first_name: `Person${i}`, last_name: last, name: `Person${i} ${last}`, phone: `+1415555${String(i).padStart(4, '0')}` });
    db.put('csm_consumer', consumer);
    consumers.push(consumer.sys_id);
  }
  const states = ['1', '10', '18', '6', '3', '7'];
  const start = Date.UTC(2024, 0, 1);
  for (let i = 0; i < CASES; i++) {
    db.put('sn_customerservice_case', row('sn_customerservice_case', {
      number: `CS${String(i + 1).padStart(7, '0')}`,
      short_description: `Case ${i}`,
      state: states[(i * 7) % states.length],
      priority: String((i % 4) + 1),
      consumer: consumers[(i * 13) % CONSUMERS],
      opened_at: glideDateTime(new Date(start + ((i * 7919) % 31_536_000) * 1000)),
    }));
  }
  return db;
}

/** Issue 5: an encoded query with a dot-walk over 100k cases, median of 30, goal <= 20 ms. */
const servicenowBench: Benchmark = {
  title: 'ServiceNow Table API',
  async run() {
    const db = seed();
    const options = { displayValue: 'false' as const, excludeReferenceLink: false, fields: [], origin: 'http://127.0.0.1' };
    const page = { limit: 10, offset: 0 };
    const query = (useIndexes: boolean) => () => {
      const { records } = runQuery(db, 'sn_customerservice_case', parseEncodedQuery(QUERY), page, { useIndexes });
      return records.map((r) => renderRecord(db, 'sn_customerservice_case', r, options));
    };
    const indexed = runQuery(db, 'sn_customerservice_case', parseEncodedQuery(QUERY), page);
    const scanned = runQuery(db, 'sn_customerservice_case', parseEncodedQuery(QUERY), page, { useIndexes: false });
    if (indexed.total !== scanned.total || indexed.records.some((r, i) => r !== scanned.records[i])) throw new Error('indexed and scanned answers differ');

    const fast = median(await timeRuns(query(true), 30));
    const slow = median(await timeRuns(query(false), 30));
    return [
      {
        name: `${QUERY}, limit 10, over ${CASES / 1000}k cases (${indexed.total} matches, median of 30)`,
        value: fast,
        unit: 'ms',
        goal: '<= 20 ms',
        met: fast <= 20,
        baseline: { value: slow, what: 'linear scan' },
      },
    ];
  },
};

export default servicenowBench;
