import { describe, expect, it } from 'vitest';
import { Database, emptyData } from '../data/database';
import { parseEncodedQuery } from './parse';
import { runQuery } from './run';

function fixture(): Database {
  const db = new Database(emptyData());
  db.put('csm_consumer', { sys_id: 'c1', name: 'María García', email: 'maria.garcia@acme.example', phone: '(415) 555-1000' });
  db.put('csm_consumer', { sys_id: 'c2', name: 'Omar Haddad', email: 'omar@example.com', phone: '+1 415 555 1119' });
  db.put('sn_customerservice_case', { sys_id: 'k1', number: 'CS0000007', short_description: 'Router keeps rebooting' });
  return db;
}

const search = (table: string, query: string) =>
  runQuery(fixture(), table, parseEncodedQuery(query), { limit: 10, offset: 0 }).records.map((r) => r.sys_id);

describe('the keyword query (123TEXTQUERY321)', () => {
  it('finds by any word of a name, ignoring case and accents', () => {
    expect(search('csm_consumer', '123TEXTQUERY321=maria garc')).toEqual(['c1']);
    expect(search('csm_consumer', '123TEXTQUERY321=HADDAD')).toEqual(['c2']);
  });

  it('finds a phone number typed in any format, with or without the country code', () => {
    for (const typed of ['4155551000', '+1 (415) 555-1000', '415.555.1000', '1-415-555-1000']) expect(search('csm_consumer', `123TEXTQUERY321=${typed}`)).toEqual(['c1']);
    expect(search('csm_consumer', '123TEXTQUERY321=(415) 555-1119')).toEqual(['c2']);
  });

  it('finds by email and by number, and combines with other conditions', () => {
    expect(search('csm_consumer', '123TEXTQUERY321=omar@example.com')).toEqual(['c2']);
    expect(search('sn_customerservice_case', '123TEXTQUERY321=CS0000007')).toEqual(['k1']);
    expect(search('csm_consumer', '123TEXTQUERY321=415^name=Omar Haddad')).toEqual(['c2']);
    expect(search('csm_consumer', '123TEXTQUERY321=nobody')).toEqual([]);
  });
});
