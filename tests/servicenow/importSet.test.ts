import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { startMemoryEmulator } from '../support/emulator';
import { basicAuth, q, tableApi } from './tableApi';

/**
 * The Import Set API with the emulation's transform maps: u_consumer_import -> csm_consumer
 * (coalesce on email) and u_case_import -> sn_customerservice_case (coalesce on number).
 * Documented request and answer: POST /api/now/import/imp_user ->
 * {"import_set":"ISET0010001","staging_table":"imp_user","result":[{"transform_map":"User",
 * "table":"sys_user","display_name":"name","display_value":"John Public","record_link":...,
 * "status":"inserted","sys_id":...}]}
 * https://www.servicenow.com/docs/r/api-reference/rest-apis/c_ImportSetAPI.html
 */
let emulator: RunningEmulator;
let api: ReturnType<typeof tableApi>;

beforeAll(async () => {
  emulator = await startMemoryEmulator();
  api = tableApi(emulator.url);
});
afterAll(() => emulator.close());

const row = { u_first_name: 'John', u_last_name: 'Public', u_email: 'john.public@company.example', u_phone: '+1 (415) 555-0142', u_city: 'Oakland' };

describe('POST /api/now/import/{stagingTableName}', () => {
  it('inserts through the transform map and answers the documented transform result', async () => {
    const res = await api.post('/api/now/import/u_consumer_import', row);
    expect(res.status).toBe(201);
    const [result] = res.body.result;
    expect(res.body).toEqual({
      import_set: 'ISET0010001',
      staging_table: 'u_consumer_import',
      result: [{ transform_map: 'Consumer import', table: 'csm_consumer', display_name: 'name', display_value: 'John Public', record_link: `${emulator.url}/api/now/table/csm_consumer/${result.sys_id}`, status: 'inserted', sys_id: result.sys_id }],
    });
    expect((await api.get(`/api/now/table/csm_consumer/${result.sys_id}`)).body.result).toMatchObject({ email: row.u_email, phone: row.u_phone, city: 'Oakland' });
  });

  it('updates the record the coalesce field matches, and ignores a row that changes nothing', async () => {
    const moved = await api.post('/api/now/import/u_consumer_import', { ...row, u_city: 'Berkeley' });
    expect(moved.body).toMatchObject({ import_set: 'ISET0010002', result: [{ status: 'updated', display_value: 'John Public' }] });
    const again = await api.post('/api/now/import/u_consumer_import', { ...row, u_city: 'Berkeley' });
    expect(again.body.result[0]).toMatchObject({ status: 'ignored', sys_id: moved.body.result[0].sys_id });
    expect((await api.get(`/api/now/table/csm_consumer?sysparm_query=${q(`email=${row.u_email}`)}`)).body.result).toHaveLength(1);
  });

  it('reports a row the target refuses as an error', async () => {
    const res = await api.post('/api/now/import/u_case_import', { u_priority: '2' });
    expect(res.status).toBe(201);
    expect(res.body.result[0]).toMatchObject({ transform_map: 'Case import', table: 'sn_customerservice_case', status: 'error' });
    expect(res.body.result[0].error_message).toContain('Short description');
  });

  it('reads a loaded row and its outcome back with GET /api/now/import/{staging}/{sys_id}', async () => {
    await api.post('/api/now/import/u_consumer_import', { u_first_name: 'Ana', u_last_name: 'Lima', u_email: 'ana.lima@mail.example' });
    const [staged] = (await api.get(`/api/now/table/u_consumer_import?sysparm_query=${q('u_email=ana.lima@mail.example')}`)).body.result;
    expect(staged.sys_import_state).toBe('inserted');
    const res = await api.get(`/api/now/import/u_consumer_import/${staged.sys_id}`);
    expect(res.body).toMatchObject({ staging_table: 'u_consumer_import', import_set: expect.stringMatching(/^ISET\d{7}$/), result: [{ status: 'inserted', display_value: 'Ana Lima', sys_id: staged.sys_target_sys_id }] });
  });

  it('refuses the agent (no import_transformer role) and an unknown staging table', async () => {
    const agent = tableApi(emulator.url, basicAuth('agent'));
    const res = await agent.post('/api/now/import/u_consumer_import', row);
    expect([res.status, res.body.error.detail]).toEqual([403, 'ACL Exception Insert Failed due to security constraints']);
    expect((await api.post('/api/now/import/imp_nope', row)).body.error.message).toBe('Invalid table imp_nope');
  });
});

describe('POST /api/now/import/{stagingTableName}/insertMultiple', () => {
  it('loads every record (columns by label or name) into one import set and answers its ids', async () => {
    const res = await api.post('/api/now/import/u_consumer_import/insertMultiple', {
      records: [
        { 'First name': 'Tom', 'Last name': 'Hollis', Email: 'tom.hollis@mail.example', City: 'Hollywood' },
        { u_first_name: 'Irene', u_last_name: 'Vine', u_email: 'irene.vine@mail.example' },
      ],
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ import_set_id: expect.stringMatching(/^[0-9a-f]{32}$/), multi_import_set_id: expect.stringMatching(/^[0-9a-f]{32}$/) });
    const rows = (await api.get(`/api/now/table/u_consumer_import?sysparm_query=${q(`sys_import_set=${res.body.import_set_id}^ORDERBYsys_import_row`)}`)).body.result;
    expect(rows.map((r: Record<string, string>) => [r.sys_import_row, r.u_email, r.sys_import_state])).toEqual([
      ['1', 'tom.hollis@mail.example', 'inserted'],
      ['2', 'irene.vine@mail.example', 'inserted'],
    ]);
    expect((await api.get(`/api/now/table/csm_consumer?sysparm_query=${q('email=tom.hollis@mail.example')}`)).body.result[0].city).toBe('Hollywood');
  });
});
