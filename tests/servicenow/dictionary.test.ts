import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { startMemoryEmulator } from '../support/emulator';
import { basicAuth, q, tableApi } from './tableApi';

/** The schema tables a client reads to learn an instance's tables, fields and choices. */
type Callback = (result: unknown) => void;
interface ServiceNowClient {
  setNetworkOptions(options: object): void;
  getTableData(fields: string[], filters: string[], table: string, callback: Callback): void;
}
const ServiceNow = createRequire(import.meta.url)('servicenow-rest-api') as new (instance: string, user: string, password: string) => ServiceNowClient;
type Row = Record<string, string>;

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startMemoryEmulator();
  // servicenow-rest-api prints each URL it calls.
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
});
afterAll(() => {
  vi.restoreAllMocks();
  return emulator.close();
});

describe('sys_db_object, sys_dictionary and sys_choice', () => {
  it("lists a table's own fields with their types and references, read by servicenow-rest-api", async () => {
    const sn = new ServiceNow('dev12345', 'agent', 'emulator');
    const { hostname, port } = new URL(emulator.url);
    sn.setNetworkOptions({ proxy: { protocol: 'http', host: hostname, port: Number(port) } });
    const rows = await new Promise<Row[]>((resolve) => sn.getTableData(['element', 'internal_type', 'reference', 'mandatory'], ['name=sn_customerservice_case'], 'sys_dictionary', (r) => resolve(r as Row[])));
    const byElement = new Map(rows.map((r) => [r.element, r]));
    expect(byElement.get('')).toMatchObject({ internal_type: 'collection' });
    expect(byElement.get('short_description')).toMatchObject({ internal_type: 'string' });
    expect(byElement.get('state')).toMatchObject({ internal_type: 'choice' });
    // A reference names its table (the display value of the sys_db_object row).
    expect(byElement.get('consumer')).toMatchObject({ internal_type: 'reference', reference: { display_value: 'Consumer' } });
    expect(byElement.get('sys_id')).toMatchObject({ internal_type: 'GUID' });
  });

  it('lists inherited fields under the table they come from, and the table each table extends', async () => {
    const api = tableApi(emulator.url);
    const contact = await api.get(`/api/now/table/sys_db_object?sysparm_query=${q('name=customer_contact')}&sysparm_fields=name,super_class.name`);
    expect(contact.body.result).toEqual([{ name: 'customer_contact', 'super_class.name': 'sys_user' }]);
    const own = await api.get(`/api/now/table/sys_dictionary?sysparm_query=${q('name=customer_contact')}&sysparm_fields=element`);
    const elements = own.body.result.map((r: Row) => r.element);
    expect(elements).toContain('account');
    expect(elements).not.toContain('user_name');
    const inherited = await api.get(`/api/now/table/sys_dictionary?sysparm_query=${q('name=sys_user^element=user_name')}&sysparm_fields=column_label,mandatory`);
    expect(inherited.body.result).toEqual([{ column_label: 'User ID', mandatory: 'true' }]);
  });

  it("lists a choice field's values in order, with their labels", async () => {
    const api = tableApi(emulator.url, basicAuth('agent'));
    const choices = await api.get(`/api/now/table/sys_choice?sysparm_query=${q('name=sn_customerservice_case^element=state^ORDERBYsequence')}&sysparm_fields=value,label`);
    expect(choices.status).toBe(200);
    expect(choices.body.result[0]).toEqual({ value: '1', label: 'New' });
    expect(choices.body.result.map((c: Row) => c.label)).toContain('Closed');
  });

  it('refuses writes, even an administrator\'s: the schema is the emulator\'s code', async () => {
    const api = tableApi(emulator.url);
    const refused = await api.post('/api/now/table/sys_dictionary', { name: 'csm_consumer', element: 'u_loyalty', internal_type: 'string' });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ status: 'failure', error: { message: 'Operation Failed' } });
    const [row] = (await api.get(`/api/now/table/sys_choice?sysparm_limit=1`)).body.result;
    expect((await api.delete(`/api/now/table/sys_choice/${row.sys_id}`)).status).toBe(403);
    expect((await api.get(`/api/now/table/sys_choice/${row.sys_id}`)).status).toBe(200);
  });
});

describe('Scripted REST APIs', () => {
  it('answers a scoped API that is not installed as the instance does, after the credentials check', async () => {
    const answer = await tableApi(emulator.url).get('/api/x_acme_support/v1/tickets');
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ error: { message: 'Requested URI does not represent any resource', detail: null }, status: 'failure' });
    expect((await tableApi(emulator.url, basicAuth('admin', 'wrong')).get('/api/x_acme_support/v1/tickets')).status).toBe(401);
  });
});
