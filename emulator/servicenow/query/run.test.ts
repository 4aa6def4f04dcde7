import { describe, expect, it } from 'vitest';
import { Database, emptyData } from '../data/database';
import { parseEncodedQuery } from './parse';
import { runQuery } from './run';

function fixture(): Database {
  const db = new Database(emptyData());
  const people = [
    ['c1', 'Ana', 'Souza', '(415) 555-0199'],
    ['c2', 'Rafael', 'Souza', '415-555-0199'],
    ['c3', 'Priya', 'Sharma', '+1 415 555 1112'],
  ];
  for (const [sys_id, first_name, last_name, phone] of people) db.put('csm_consumer', { sys_id, first_name, last_name, phone, name: `${first_name} ${last_name}` });
  const cases = [
    ['k1', 'c1', '1', '2024-01-03 10:00:00', '2'],
    ['k2', 'c2', '1', '2024-01-05 10:00:00', '10'],
    ['k3', 'c1', '10', '2024-01-04 10:00:00', '3'],
    ['k4', 'c3', '1', '2024-01-01 10:00:00', '4'],
    ['k5', '', '1', '2024-01-02 10:00:00', '4'],
  ];
  for (const [sys_id, consumer, state, opened_at, priority] of cases) db.put('sn_customerservice_case', { sys_id, consumer, state, opened_at, priority });
  return db;
}

const QUERIES = [
  'consumer.last_name=Souza^state=1^ORDERBYDESCopened_at',
  'consumer.phone=(415) 555-0199',
  'consumer.phoneENDSWITH555-0199',
  'consumer.phoneSTARTSWITH(415)^ORconsumer.phoneSTARTSWITH+1 415',
  'consumer.last_nameSTARTSWITHSo^state=1',
  'consumer.phoneSTARTSWITH',
  'stateIN1,10^consumerISEMPTY',
  'state=10^NQconsumer.first_name=Priya',
  'consumer.last_name=Souza^ORconsumer.last_name=Sharma^priority>2',
  'consumer.last_nameLIKEou^ORDERBYpriority',
  'consumer.last_name=Nobody',
  'state=javascript:1',
];

describe('runQuery', () => {
  it.each(QUERIES)('answers %s the same with and without indexes', (text) => {
    const db = fixture();
    const page = { limit: 100, offset: 0 };
    const ids = (useIndexes: boolean) => runQuery(db, 'sn_customerservice_case', parseEncodedQuery(text), page, { useIndexes }).records.map((r) => r.sys_id);
    expect(ids(true)).toEqual(ids(false));
  });

  it('filters through a dot-walk and orders newest first', () => {
    const result = runQuery(fixture(), 'sn_customerservice_case', parseEncodedQuery(QUERIES[0]), { limit: 10, offset: 0 });
    expect(result.records.map((r) => r.sys_id)).toEqual(['k2', 'k1']);
    expect(result.total).toBe(2);
  });

  it('orders numeric choices as numbers and pages after counting', () => {
    const result = runQuery(fixture(), 'sn_customerservice_case', parseEncodedQuery('ORDERBYDESCpriority^ORDERBYopened_at'), { limit: 2, offset: 1 });
    expect(result.total).toBe(5);
    expect(result.records.map((r) => r.sys_id)).toEqual(['k4', 'k5']);
  });

  it('keeps insertion order without ORDERBY', () => {
    const result = runQuery(fixture(), 'sn_customerservice_case', parseEncodedQuery('state=1'), { limit: 10, offset: 0 });
    expect(result.records.map((r) => r.sys_id)).toEqual(['k1', 'k2', 'k4', 'k5']);
  });
});
