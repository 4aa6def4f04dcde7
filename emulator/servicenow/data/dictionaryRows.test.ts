import { describe, expect, it } from 'vitest';
import { allTables } from '../schema';
import { Database } from './database';
import { writeDictionary } from './dictionaryRows';

const emptyDatabase = () => new Database({ tables: {}, counters: {}, sessions: {} } as unknown as ConstructorParameters<typeof Database>[0]);

describe('writeDictionary', () => {
  it('writes one table row and one collection row per table, a field row per own field, a choice row per choice', () => {
    const db = emptyDatabase();
    writeDictionary(db);
    expect(db.all('sys_db_object')).toHaveLength(allTables().length);
    expect(db.all('sys_dictionary').filter((r) => r.internal_type === 'collection')).toHaveLength(allTables().length);
    const caseFields = db.all('sys_dictionary').filter((r) => r.name === 'sn_customerservice_case' && r.element);
    expect(caseFields.map((r) => r.element).sort()).toEqual(allTables().find((t) => t.name === 'sn_customerservice_case')!.fields.map((f) => f.name).sort());
    expect(caseFields.find((r) => r.element === 'number')).toMatchObject({ display: 'true', read_only: 'false' });
    expect(caseFields.find((r) => r.element === 'sys_created_on')).toMatchObject({ read_only: 'true' });
    const states = db.all('sys_choice').filter((r) => r.name === 'sn_customerservice_case' && r.element === 'state');
    expect(states.map((r) => r.sequence)).toEqual(states.map((_, i) => String(i)));
  });

  it('replaces what an earlier start wrote, keeping every sys_id', () => {
    const db = emptyDatabase();
    writeDictionary(db);
    const before = db.all('sys_dictionary').map((r) => r.sys_id).sort();
    writeDictionary(db);
    expect(db.all('sys_dictionary').map((r) => r.sys_id).sort()).toEqual(before);
  });
});
