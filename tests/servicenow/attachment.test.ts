import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { startMemoryEmulator } from '../support/emulator';
import { basicAuth, q, tableApi } from './tableApi';

/**
 * The Attachment API, with the documented requests: POST /attachment/file (binary body),
 * POST /attachment/upload (multipart), GET metadata, GET /file, DELETE.
 * https://www.servicenow.com/docs/r/api-reference/rest-apis/c_AttachmentAPI.html
 */
let emulator: RunningEmulator;
let api: ReturnType<typeof tableApi>;
let caseId: string;
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5d2a7e30000000049454e44ae426082', 'hex');

const send = (path: string, init: RequestInit & { user?: string } = {}) =>
  fetch(`${emulator.url}${path}`, { ...init, headers: { Accept: 'application/json', Authorization: basicAuth(init.user ?? 'admin'), ...(init.headers as Record<string, string>) } });

beforeAll(async () => {
  emulator = await startMemoryEmulator();
  api = tableApi(emulator.url);
  caseId = (await api.post('/api/now/table/sn_customerservice_case', { short_description: 'Photo of the modem' })).body.result.sys_id;
});
afterAll(() => emulator.close());

describe('POST /api/now/attachment/file', () => {
  it('stores the binary body as an attachment of the record and answers 201 with its metadata and Location', async () => {
    const res = await send(`/api/now/attachment/file?table_name=sn_customerservice_case&table_sys_id=${caseId}&file_name=Issue_screenshot`, { method: 'POST', headers: { 'Content-Type': 'image/png' }, body: PNG });
    expect(res.status).toBe(201);
    const { result } = await res.json();
    expect(result).toMatchObject({
      table_name: 'sn_customerservice_case', table_sys_id: caseId, file_name: 'Issue_screenshot', content_type: 'image/png',
      size_bytes: String(PNG.length), sys_created_by: 'admin', created_by_name: 'System Administrator', sys_mod_count: '0',
      download_link: `${emulator.url}/api/now/attachment/${result.sys_id}/file`,
    });
    expect(res.headers.get('location')).toBe(`${emulator.url}/api/now/attachment/${result.sys_id}`);

    const file = await send(`/api/now/attachment/${result.sys_id}/file`);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await file.arrayBuffer())).toEqual(PNG);
    expect((await (await send(`/api/now/attachment/${result.sys_id}`)).json()).result.file_name).toBe('Issue_screenshot');
  });

  it('answers 400 without the required parameters and 404 for a record that does not exist', async () => {
    const missing = await send(`/api/now/attachment/file?table_name=sn_customerservice_case&file_name=x.txt`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'x' });
    expect(missing.status).toBe(400);
    const nowhere = await send(`/api/now/attachment/file?table_name=sn_customerservice_case&table_sys_id=${'0'.repeat(32)}&file_name=x.txt`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'x' });
    expect([nowhere.status, (await nowhere.json()).status]).toEqual([404, 'failure']);
  });
});

describe('POST /api/now/attachment/upload', () => {
  it('takes a multipart form with table_name and table_sys_id before the file', async () => {
    const form = new FormData();
    form.append('table_name', 'sn_customerservice_case');
    form.append('table_sys_id', caseId);
    form.append('uploadFile', new Blob(['Modem log\nline 2\n'], { type: 'text/plain' }), 'modem.log');
    const res = await send('/api/now/attachment/upload', { method: 'POST', body: form });
    expect(res.status).toBe(201);
    const { result } = await res.json();
    expect(result).toMatchObject({ file_name: 'modem.log', content_type: 'text/plain', size_bytes: '17', table_sys_id: caseId });
    expect(await (await send(`/api/now/attachment/${result.sys_id}/file`)).text()).toBe('Modem log\nline 2\n');
  });
});

describe('attachments on the record', () => {
  it('lists a record’s attachments (Attachment API and the sys_attachment table), and the agent reads them', async () => {
    const list = await send(`/api/now/attachment?sysparm_query=${q(`table_sys_id=${caseId}^ORDERBYfile_name`)}`);
    expect((await list.json()).result.map((a: { file_name: string }) => a.file_name)).toEqual(['Issue_screenshot', 'modem.log']);
    expect((await api.get(`/api/now/table/sys_attachment?table_sys_id=${caseId}`)).body.result).toHaveLength(2);
    const asAgent = await send(`/api/now/attachment?table_sys_id=${caseId}`, { user: 'agent' });
    expect((await asAgent.json()).result).toHaveLength(2);
  });

  it('deletes one with 204, and the rest with the record', async () => {
    const [first, second] = (await (await send(`/api/now/attachment?table_sys_id=${caseId}`)).json()).result;
    expect((await send(`/api/now/attachment/${first.sys_id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await send(`/api/now/attachment/${first.sys_id}`)).status).toBe(404);
    expect((await api.delete(`/api/now/table/sn_customerservice_case/${caseId}`)).status).toBe(204);
    expect((await send(`/api/now/attachment/${second.sys_id}/file`)).status).toBe(404);
  });

  it('refuses the agent an attachment on a record it may not write', async () => {
    const [account] = (await api.get('/api/now/table/customer_account?sysparm_limit=1')).body.result;
    const res = await send(`/api/now/attachment/file?table_name=customer_account&table_sys_id=${account.sys_id}&file_name=contract.pdf`, {
      method: 'POST', user: 'agent', headers: { 'Content-Type': 'application/pdf' }, body: '%PDF-1.4',
    });
    expect([res.status, (await res.json()).error.detail]).toEqual([403, 'ACL Exception Insert Failed due to security constraints']);
  });
});
