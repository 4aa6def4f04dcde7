import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { startMemoryEmulator } from '../support/emulator';
import { q, tableApi } from './tableApi';

/**
 * The npm package `servicenow-rest-api` (1.2.x), unchanged, against the emulator. It always
 * calls `https://<instance>.service-now.com`; its documented setNetworkOptions passes axios
 * options through, and the emulator answers as the plain-HTTP proxy axios is pointed at, so
 * the package's own URLs reach it without TLS and without patching.
 * https://github.com/ChaitanyaKaranam/servicenow-rest-api#readme
 */
type Callback = (result: unknown) => void;
interface ServiceNowClient {
  Authenticate(): void;
  setNetworkOptions(options: object): void;
  getSampleData(table: string, callback: Callback): void;
  getTableData(fields: string[], filters: string[], table: string, callback: Callback): void;
  getSysId(table: string, number: string, callback: Callback): void;
  createNewTask(data: object, table: string, callback: Callback): void;
  UpdateTask(table: string, number: string, data: object, callback: Callback): void;
  DeleteTask(table: string, number: string, callback: Callback): void;
  getAttachmentMetaData(sysId: string, callback: Callback): void;
  getAllAttachmentsMetaData(tableSysId: string, callback: Callback): void;
  getAttachment(sysId: string, callback: Callback): void;
}
const ServiceNow = createRequire(import.meta.url)('servicenow-rest-api') as new (instance: string, user: string, password: string) => ServiceNowClient;

let emulator: RunningEmulator;
let sn: ServiceNowClient;
type Row = Record<string, string>;
const call = <T = unknown>(start: (callback: Callback) => void) => new Promise<T>((resolve) => start((result) => resolve(result as T)));

beforeAll(async () => {
  emulator = await startMemoryEmulator();
  sn = new ServiceNow('dev12345', 'admin', 'emulator');
  const { hostname, port } = new URL(emulator.url);
  sn.setNetworkOptions({ proxy: { protocol: 'http', host: hostname, port: Number(port) } });
  // getTableData prints each URL it calls.
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
});
afterAll(() => {
  vi.restoreAllMocks();
  return emulator.close();
});

describe('servicenow-rest-api against the emulator', () => {
  it('authenticates (GET /api/now/v2/table/sys_user?user_name=...)', async () => {
    const logged = new Promise<unknown[]>((resolve) => vi.mocked(console.log).mockImplementation((...args) => resolve(args)));
    sn.Authenticate();
    expect(await logged).toEqual(['Authenticated']);
    vi.mocked(console.log).mockImplementation(() => undefined);
  });

  it('reads sample data, and table data with fields and filters (display values)', async () => {
    const sample = await call<Row[]>((cb) => sn.getSampleData('sn_customerservice_case', cb));
    expect(sample).toHaveLength(1);
    expect(sample[0].number).toMatch(/^CS\d{7}$/);
    const rows = await call<Row[]>((cb) => sn.getTableData(['number', 'short_description', 'priority'], ['priority=2', 'active=true'], 'sn_customerservice_case', cb));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(['number', 'priority', 'short_description']);
    expect(new Set(rows.map((r) => r.priority))).toEqual(new Set(['2 - High']));
  });

  it('creates, updates (by number) and deletes a case', async () => {
    const created = await call<Row & { consumer: { display_value: string } }>((cb) =>
      sn.createNewTask({ short_description: 'Fibre box blinking red', priority: '2 - High', consumer: 'Ana Souza' }, 'sn_customerservice_case', cb));
    expect(created).toMatchObject({ short_description: 'Fibre box blinking red', priority: '2 - High', consumer: { display_value: 'Ana Souza' } });
    const sysId = await call<string>((cb) => sn.getSysId('sn_customerservice_case', created.number, cb));
    expect(sysId).toMatch(/^[0-9a-f]{32}$/);

    const updated = await call<Row>((cb) => sn.UpdateTask('sn_customerservice_case', created.number, { state: 'Open', priority: '1 - Critical' }, cb));
    expect(updated).toMatchObject({ number: created.number, state: 'Open', priority: '1 - Critical' });

    const deleted = await call<{ status: number }>((cb) => sn.DeleteTask('sn_customerservice_case', created.number, cb));
    expect(deleted.status).toBe(204);
    const api = tableApi(emulator.url);
    expect((await api.get(`/api/now/table/sn_customerservice_case?sysparm_query=${q(`number=${created.number}`)}`)).body.result).toEqual([]);
  });

  it('reads attachment metadata and files', async () => {
    const [kase] = (await tableApi(emulator.url).get('/api/now/table/sn_customerservice_case?sysparm_limit=1')).body.result;
    const upload = await fetch(`${emulator.url}/api/now/attachment/file?table_name=sn_customerservice_case&table_sys_id=${kase.sys_id}&file_name=notes.txt`, {
      method: 'POST',
      headers: { Authorization: `Basic ${Buffer.from('admin:emulator').toString('base64')}`, 'Content-Type': 'text/plain' },
      body: 'Customer asked for a callback after 6 pm.',
    });
    const attachment = (await upload.json()).result;
    expect(await call<Row>((cb) => sn.getAttachmentMetaData(attachment.sys_id, cb))).toMatchObject({ file_name: 'notes.txt', table_sys_id: kase.sys_id });
    expect((await call<Row[]>((cb) => sn.getAllAttachmentsMetaData(kase.sys_id, cb))).map((a) => a.sys_id)).toEqual([attachment.sys_id]);
    const file = await call<{ status: number; data: string; headers: Record<string, string> }>((cb) => sn.getAttachment(attachment.sys_id, cb));
    expect([file.status, file.data, file.headers['content-type']]).toEqual([200, 'Customer asked for a callback after 6 pm.', 'text/plain; charset=utf-8']);
  });

  it('hands the vendor error to the callback for a wrong password', async () => {
    // setNetworkOptions swaps the package's module-wide axios for an instance, once per process: this client shares it.
    const wrong = new ServiceNow('dev12345', 'admin', 'nope');
    const error = await call<{ response: { status: number; data: unknown } }>((cb) => wrong.getSampleData('sn_customerservice_case', cb));
    expect([error.response.status, error.response.data]).toEqual([401, { error: { message: 'User Not Authenticated', detail: 'Required to provide Auth information' }, status: 'failure' }]);
  });
});
