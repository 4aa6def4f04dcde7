import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { startMemoryEmulator } from '../support/emulator';
import { send } from '../reliability/client';
import { basicAuth } from './tableApi';

/** Requests the Table API cannot read, sent raw (paths unnormalised); every answer in ServiceNow's error shape. */
let emulator: RunningEmulator;
const CASES = '/api/now/table/sn_customerservice_case';
const call = async (method: string, path: string, body?: string, headers: Record<string, string> = {}) => {
  const answer = await send(emulator.url, { method, path, body, label: path, headers: { authorization: basicAuth(), 'content-type': 'application/json', ...headers } });
  return { status: answer.status, body: JSON.parse(answer.text) as { error: { message: string; detail: string | null }; status: string } };
};
const NO_RESOURCE = { error: { message: 'Requested URI does not represent any resource', detail: null }, status: 'failure' };

beforeAll(async () => {
  emulator = await startMemoryEmulator();
});
afterAll(() => emulator.close());

describe('ServiceNow bodies it cannot read', () => {
  it('refuses JSON nested deeper than the parser allows, on every write', async () => {
    const deep = `{"short_description":${'{"value":'.repeat(20_000)}1${'}'.repeat(20_000)}}`;
    const created = await call('POST', CASES, deep);
    expect([created.status, created.body.status, created.body.error.message]).toEqual([400, 'failure', 'Exception while reading request']);
    const anyCase = (await (await fetch(`${emulator.url}${CASES}?sysparm_limit=1`, { headers: { authorization: basicAuth() } })).json()) as { result: { sys_id: string }[] };
    for (const method of ['PUT', 'PATCH']) expect((await call(method, `${CASES}/${anyCase.result[0].sys_id}`, deep)).status).toBe(400);
  });

  it('unwraps a value given as {value: ...} however deep the parser let it be', async () => {
    const nested = `{"short_description":${'{"value":'.repeat(500)}"Nested"${'}'.repeat(500)}}`;
    const created = await call('POST', CASES, nested);
    expect([created.status, (created.body as unknown as { result: { short_description: string } }).result.short_description]).toEqual([201, 'Nested']);
  });

  it('refuses undocumented content encodings with 415 and broken gzip with 400', async () => {
    const compressed = await call('POST', CASES, '{"a":1', { 'content-encoding': 'compress' });
    expect([compressed.status, compressed.body.error.message]).toEqual([415, 'Unsupported Media Type']);
    const broken = await call('POST', CASES, 'not gzip at all', { 'content-encoding': 'gzip' });
    expect([broken.status, broken.body.error.message]).toEqual([400, 'Exception while reading request']);
  });
});

describe('ServiceNow URIs it does not serve', () => {
  it('answers other /api/now paths and undecodable ids as no resource, after checking credentials', async () => {
    for (const path of ['/api/now/cmdb/meta/cmdb_ci', '/api/now/v3/table/incident', `${CASES}/%E0%A4%A`, `${CASES}/a/b`]) {
      expect(await call('GET', path), path).toEqual({ status: 400, body: NO_RESOURCE });
    }
    expect((await call('GET', '/api/now/cmdb/meta/cmdb_ci', undefined, { authorization: '' })).status).toBe(401);
  });

  it('ignores a session cookie it cannot decode', async () => {
    const answer = await call('GET', CASES, undefined, { authorization: '', cookie: 'glide_session_store=%E0%A4%A' });
    expect([answer.status, answer.body.error.message]).toEqual([401, 'User Not Authenticated']);
  });
});
