import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { startMemoryEmulator } from '../support/emulator';
import { q, tableApi } from './tableApi';

let emulator: RunningEmulator;
let api: ReturnType<typeof tableApi>;
const CASES = '/api/now/table/sn_customerservice_case';

beforeAll(async () => {
  emulator = await startMemoryEmulator();
  api = tableApi(emulator.url);
});
afterAll(() => emulator.close());

const numbers = (body: { result: { number: string }[] }) => body.result.map((r) => r.number);

describe('GET /api/now/table/{table}', () => {
  it('wraps rows in result, sends X-Total-Count and a Link header with first/next/last', async () => {
    const res = await api.get(`${CASES}?sysparm_limit=5&sysparm_query=${q('ORDERBYnumber')}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-total-count')).toBe('16');
    expect(numbers(res.body)).toEqual(['CS0000001', 'CS0000002', 'CS0000003', 'CS0000004', 'CS0000005']);
    const link = res.headers.get('link')!;
    expect(link).toContain(`<${emulator.url}${CASES}?`);
    expect(link).toMatch(/sysparm_offset=0[^>]*>;rel="first"/);
    expect(link).toMatch(/sysparm_offset=5[^>]*>;rel="next"/);
    expect(link).toMatch(/sysparm_offset=15[^>]*>;rel="last"/);
    expect(link).not.toContain('rel="prev"');
  });

  it('pages with sysparm_offset and links back with prev', async () => {
    const res = await api.get(`${CASES}?sysparm_limit=5&sysparm_offset=15&sysparm_query=${q('ORDERBYnumber')}`);
    expect(numbers(res.body)).toEqual(['CS0000016']);
    expect(res.headers.get('link')).toMatch(/sysparm_offset=10[^>]*>;rel="prev"/);
    expect(res.headers.get('link')).not.toContain('rel="next"');
  });

  it('drops the Link header with sysparm_suppress_pagination_header', async () => {
    const res = await api.get(`${CASES}?sysparm_limit=1&sysparm_suppress_pagination_header=true`);
    expect(res.headers.get('link')).toBeNull();
    expect(res.headers.get('x-total-count')).toBe('16');
  });

  it('answers under /api/now/v2 the same, and v1 answers 404 for an empty list as documented', async () => {
    const v2 = await api.get(`/api/now/v2/table/sn_customerservice_case?sysparm_query=${q('number=CS0000003')}`);
    expect(numbers(v2.body)).toEqual(['CS0000003']);
    const none = `?sysparm_query=${q('number=CS9999999')}`;
    expect((await api.get(`/api/now/v2/table/sn_customerservice_case${none}`)).body).toEqual({ result: [] });
    expect((await api.get(`/api/now/v1/table/sn_customerservice_case${none}`)).status).toBe(404);
  });

  it('returns every value as a string and the system fields on each record', async () => {
    const [record] = (await api.get(`${CASES}?sysparm_limit=1&sysparm_exclude_reference_link=true`)).body.result;
    expect(record.sys_id).toMatch(/^[0-9a-f]{32}$/);
    expect(record.sys_created_on).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(record.sys_created_by).toBe('admin');
    expect(record.sys_mod_count).toBe('0');
    expect(Object.values(record).every((v) => typeof v === 'string')).toBe(true);
  });
});

describe('reference and choice fields', () => {
  const souzaCase = `${CASES}?sysparm_query=${q('number=CS0000001')}&sysparm_fields=number,consumer,state,consumer.name,consumer.household`;

  it('sysparm_display_value=false gives {link, value} on the request origin', async () => {
    const [row] = (await api.get(souzaCase)).body.result;
    expect(Object.keys(row.consumer)).toEqual(['link', 'value']);
    expect(row.consumer.link).toBe(`${emulator.url}/api/now/table/csm_consumer/${row.consumer.value}`);
    expect(row.state).toBe('1');
    expect(row['consumer.name']).toBe('Ana Souza');
    expect(row['consumer.household'].link).toContain('/api/now/table/csm_household/');
  });

  it('sysparm_display_value=true gives {display_value, link} and choice labels', async () => {
    const [row] = (await api.get(`${souzaCase}&sysparm_display_value=true`)).body.result;
    expect(row.consumer).toEqual({ display_value: 'Ana Souza', link: expect.stringContaining('/api/now/table/csm_consumer/') });
    expect(row.state).toBe('New');
    expect(row['consumer.household'].display_value).toBe('Souza household');
  });

  it('sysparm_display_value=all gives display_value, value and link', async () => {
    const [row] = (await api.get(`${souzaCase}&sysparm_display_value=all`)).body.result;
    expect(Object.keys(row.consumer)).toEqual(['display_value', 'value', 'link']);
    expect(row.state).toEqual({ display_value: 'New', value: '1' });
  });

  it('sysparm_exclude_reference_link leaves the plain value or display value', async () => {
    const [plain] = (await api.get(`${souzaCase}&sysparm_exclude_reference_link=true`)).body.result;
    expect(plain.consumer).toMatch(/^[0-9a-f]{32}$/);
    const [shown] = (await api.get(`${souzaCase}&sysparm_exclude_reference_link=true&sysparm_display_value=true`)).body.result;
    expect(shown.consumer).toBe('Ana Souza');
  });

  it('answers an empty reference as ""', async () => {
    const [row] = (await api.get(`${CASES}?sysparm_query=${q('number=CS0000003')}&sysparm_fields=consumer,contact`)).body.result;
    expect(row.consumer).toBe('');
    expect(row.contact.value).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('sysparm_query', () => {
  const find = async (table: string, query: string, field = 'number') =>
    (await api.get(`/api/now/table/${table}?sysparm_fields=${field}&sysparm_query=${q(query)}`)).body.result.map((r: Record<string, string>) => r[field]);

  it('filters with =, !=, IN, NOT IN, <, >, <=, >= on choices by their value', async () => {
    expect(await find('sn_customerservice_case', 'state=3^ORDERBYnumber')).toEqual(['CS0000004', 'CS0000007', 'CS0000012', 'CS0000015']);
    expect((await find('sn_customerservice_case', 'state!=3')).length).toBe(12);
    expect((await find('sn_customerservice_case', 'stateIN1,3')).length).toBe(8);
    expect((await find('sn_customerservice_case', 'stateNOT IN1,3')).length).toBe(8);
    expect((await find('sn_customerservice_case', 'priority<3')).length).toBe((await find('sn_customerservice_case', 'priority=2')).length);
    expect((await find('sn_customerservice_case', 'priority>=3')).length + (await find('sn_customerservice_case', 'priority<=2')).length).toBe(16);
    expect((await find('sn_customerservice_case', 'priority>3')).length).toBe((await find('sn_customerservice_case', 'priority=4')).length);
  });

  it('matches strings with LIKE, NOT LIKE, STARTSWITH, ENDSWITH, case-sensitively as documented', async () => {
    expect(await find('csm_consumer', 'last_nameLIKEouz^ORDERBYfirst_name', 'name')).toEqual(['Ana Souza', 'Rafael Souza']);
    expect(await find('csm_consumer', 'last_nameLIKEOUZ', 'name')).toEqual([]);
    expect((await find('csm_consumer', 'last_nameNOT LIKEouz', 'name')).length).toBe(32);
    expect(await find('csm_consumer', 'first_nameSTARTSWITHRaf', 'name')).toEqual(['Rafael Souza']);
    expect(await find('customer_account', 'nameENDSWITHGmbH', 'name')).toEqual(['Umbrella Pharma GmbH']);
  });

  it('checks emptiness with ISEMPTY and ISNOTEMPTY', async () => {
    const withMobile = await find('csm_consumer', 'mobile_phoneISNOTEMPTY', 'name');
    const without = await find('csm_consumer', 'mobile_phoneISEMPTY', 'name');
    expect(withMobile.length).toBeGreaterThan(0);
    expect(withMobile.length + without.length).toBe(34);
  });

  it('combines ^OR and ^NQ and sorts with ORDERBY / ORDERBYDESC', async () => {
    expect(await find('sn_customerservice_case', 'number=CS0000002^ORnumber=CS0000001^ORDERBYDESCnumber')).toEqual(['CS0000002', 'CS0000001']);
    expect(await find('sn_customerservice_case', 'number=CS0000005^NQnumber=CS0000006^ORDERBYnumber')).toEqual(['CS0000005', 'CS0000006']);
    const opened = (await api.get(`${CASES}?sysparm_fields=opened_at&sysparm_query=${q('ORDERBYDESCopened_at')}`)).body.result.map((r: { opened_at: string }) => r.opened_at);
    expect(opened).toEqual([...opened].sort().reverse());
  });

  it('dot-walks through references', async () => {
    expect(await find('sn_customerservice_case', 'consumer.last_name=Souza^ORDERBYnumber')).toEqual(['CS0000001', 'CS0000002']);
    expect(await find('sn_customerservice_case', 'account.name=Acme Logistics^ORDERBYnumber')).toEqual(['CS0000003', 'CS0000011']);
    expect(await find('customer_contact', 'account.u_priority_account=true^first_name=Maria', 'name')).toEqual(['Maria García']);
  });

  it('never runs javascript: and ignores conditions on unknown fields', async () => {
    expect(await find('sn_customerservice_case', 'assigned_to=javascript:gs.getUserID()')).toEqual([]);
    expect((await find('sn_customerservice_case', 'no_such_field=1')).length).toBe(16);
  });

  it('accepts documented name-value pair filters', async () => {
    const res = await api.get(`/api/now/table/csm_consumer?last_name=Souza&sysparm_fields=name&sysparm_query=ORDERBYname`);
    expect(res.body.result).toEqual([{ name: 'Ana Souza' }, { name: 'Rafael Souza' }]);
  });

  it('matches phone numbers literally, as stored', async () => {
    expect(await find('csm_consumer', 'phone=(415) 555-0199', 'name')).toEqual(['Ana Souza']);
    expect(await find('csm_consumer', 'phone=4155550199', 'name')).toEqual([]);
    expect(await find('csm_consumer', 'phoneENDSWITH555-0199^ORDERBYname', 'name')).toEqual(['Ana Souza', 'Rafael Souza']);
    expect(await find('customer_contact', 'phone=+1 415 555 0300^ORphone=(415) 555-0300', 'email')).toHaveLength(2);
    expect(await find('customer_account', 'phone=+49 30 901820', 'name')).toEqual(['Umbrella Pharma GmbH']);
  });
});

describe('GET /api/now/table/{table}/{sys_id} and errors', () => {
  it('reads one record with sysparm_fields', async () => {
    const [row] = (await api.get(`/api/now/table/sys_user?sysparm_query=${q('user_name=agent')}&sysparm_fields=sys_id`)).body.result;
    const res = await api.get(`/api/now/v2/table/sys_user/${row.sys_id}?sysparm_fields=user_name,name,email,active`);
    expect(res.body).toEqual({ result: { user_name: 'agent', name: 'Casey Agent', email: 'agent@customercard.example', active: 'true' } });
  });

  it('answers 404 No Record found for an unknown sys_id', async () => {
    const res = await api.get(`${CASES}/0123456789abcdef0123456789abcdef`);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { message: 'No Record found', detail: "Record doesn't exist or ACL restricts the record retrieval" }, status: 'failure' });
  });

  it('answers 400 Invalid table for a table that does not exist', async () => {
    const res = await api.get('/api/now/table/xyz');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: { message: 'Invalid table xyz', detail: null }, status: 'failure' });
  });

  it('answers paths the Table API lacks in its own shape, never HTML', async () => {
    for (const path of ['/api/now/v9/table/sys_user', '/api/now/table/sys_user/a/b']) {
      const res = await api.get(path);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ error: { message: 'Requested URI does not represent any resource', detail: null }, status: 'failure' });
    }
  });
});
