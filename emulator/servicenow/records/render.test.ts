import { describe, expect, it } from 'vitest';
import { Database, emptyData } from '../data/database';
import { renderRecord, type RenderOptions } from './render';

const db = new Database(emptyData());
db.put('csm_consumer', { sys_id: 'c1', name: 'Ana Souza', household: 'h1' });
db.put('csm_household', { sys_id: 'h1', name: 'Souza household' });
const kase = { sys_id: 'k1', number: 'CS0000001', state: '18', consumer: 'c1', contact: '' };
const options = (o: Partial<RenderOptions>): RenderOptions => ({ displayValue: 'false', excludeReferenceLink: false, fields: ['number', 'state', 'consumer', 'contact', 'consumer.household', 'nope'], origin: 'https://emu.example', ...o });

describe('renderRecord', () => {
  it('shapes references and choices for sysparm_display_value=false', () => {
    expect(renderRecord(db, 'sn_customerservice_case', kase, options({}))).toEqual({
      number: 'CS0000001',
      state: '18',
      consumer: { link: 'https://emu.example/api/now/table/csm_consumer/c1', value: 'c1' },
      contact: '',
      'consumer.household': { link: 'https://emu.example/api/now/table/csm_household/h1', value: 'h1' },
    });
  });

  it('shapes them for true and all', () => {
    expect(renderRecord(db, 'sn_customerservice_case', kase, options({ displayValue: 'true' }))).toMatchObject({
      state: 'Awaiting Info',
      consumer: { display_value: 'Ana Souza', link: 'https://emu.example/api/now/table/csm_consumer/c1' },
      'consumer.household': { display_value: 'Souza household' },
    });
    expect(renderRecord(db, 'sn_customerservice_case', kase, options({ displayValue: 'all', excludeReferenceLink: true }))).toMatchObject({
      state: { display_value: 'Awaiting Info', value: '18' },
      consumer: { display_value: 'Ana Souza', value: 'c1' },
      contact: { display_value: '', value: '' },
    });
  });
});
