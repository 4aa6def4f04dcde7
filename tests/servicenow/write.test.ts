import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { startMemoryEmulator } from '../support/emulator';
import { basicAuth, q, tableApi } from './tableApi';

let emulator: RunningEmulator;
let api: ReturnType<typeof tableApi>;
let anaId: string;
const CASES = '/api/now/table/sn_customerservice_case';

beforeAll(async () => {
  emulator = await startMemoryEmulator();
  api = tableApi(emulator.url);
  anaId = (await api.get(`/api/now/table/csm_consumer?sysparm_query=${q('name=Ana Souza')}`)).body.result[0].sys_id;
});
afterAll(() => emulator.close());

/** Runs `body` with the emulator's opt-in strict reference checks on (x_emulator.strict_references). */
async function withStrictReferences(body: () => Promise<void>) {
  const [property] = (await api.get(`/api/now/table/sys_properties?sysparm_query=${q('name=x_emulator.strict_references')}`)).body.result;
  expect((await api.patch(`/api/now/table/sys_properties/${property.sys_id}`, { value: 'true' })).status).toBe(200);
  try {
    await body();
  } finally {
    await api.patch(`/api/now/table/sys_properties/${property.sys_id}`, { value: 'false' });
  }
}

describe('POST /api/now/table/{table}', () => {
  it('creates a numbered record, answers 201 with Location, ignores unknown and sys_ fields', async () => {
    const res = await api.post(CASES, { short_description: 'No dial tone', consumer: anaId, priority: 2, u_not_a_field: 'x', sys_created_by: 'mallory' });
    expect(res.status).toBe(201);
    const record = res.body.result;
    expect(record.number).toBe('CS0000017');
    expect(res.headers.get('location')).toBe(`${emulator.url}${CASES}/${record.sys_id}`);
    expect(record).toMatchObject({ state: '1', priority: '2', sys_created_by: 'admin', sys_mod_count: '0', consumer: { value: anaId } });
    expect(record).not.toHaveProperty('u_not_a_field');
    const next = await api.post(CASES, { short_description: 'Second' });
    expect(next.body.result.number).toBe('CS0000018');
  });

  it('refuses a missing mandatory field with a 403 data policy exception and numbers nothing', async () => {
    const res = await api.post(CASES, { description: 'no subject' });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({
      error: { message: 'Operation Failed', detail: 'Data Policy Exception: \n\tThe following fields are mandatory: Short description' },
      status: 'failure',
    });
    expect((await api.post(CASES, { short_description: 'After refusal' })).body.result.number).toBe('CS0000019');
  });

  it('stores a reference to a missing record and an unknown choice as given, as an instance does; the reference shows no display value', async () => {
    const missing = '0123456789abcdef0123456789abcdef';
    const res = await api.post(`${CASES}?sysparm_display_value=all&sysparm_exclude_reference_link=true`, { short_description: 'Broken reference', consumer: missing, state: '42' });
    expect(res.status).toBe(201);
    expect(res.body.result.consumer).toEqual({ display_value: '', value: missing });
    expect(res.body.result.state).toEqual({ display_value: '42', value: '42' });
  });

  it('refuses references to missing records or the wrong table, and unknown choice values, with the strict property on', async () => {
    await withStrictReferences(async () => {
      const [contact] = (await api.get('/api/now/table/customer_contact?sysparm_limit=1')).body.result;
      for (const body of [
        { short_description: 'x', consumer: '0123456789abcdef0123456789abcdef' },
        { short_description: 'x', consumer: contact.sys_id },
        { short_description: 'x', consumer: 'Ana Souza' },
        { short_description: 'x', state: '42' },
      ]) {
        const res = await api.post(CASES, body);
        expect(res.status).toBe(403);
        expect(res.body.status).toBe('failure');
        expect(res.body.error.message).toBe('Operation Failed');
      }
    });
  });

  it('takes display values for references and choices with sysparm_input_display_value', async () => {
    const res = await api.post(`${CASES}?sysparm_input_display_value=true&sysparm_exclude_reference_link=true`, {
      short_description: 'By names',
      consumer: 'Ana Souza',
      state: 'Open',
      assigned_to: 'Casey Agent',
    });
    expect(res.status).toBe(201);
    expect(res.body.result).toMatchObject({ consumer: anaId, state: '10' });
    expect(res.body.result.assigned_to).toMatch(/^[0-9a-f]{32}$/);
  });

  it('answers a broken JSON body with ServiceNow 400 shape', async () => {
    const res = await api.post(CASES, '{"short_description": ');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: { message: 'Exception while reading request', detail: 'The payload is not valid JSON.' }, status: 'failure' });
  });

  it('suppresses the body with X-no-response-body', async () => {
    const res = await api.post(CASES, { short_description: 'Quiet' }, { 'X-no-response-body': 'true' });
    expect(res.status).toBe(201);
    expect(res.body).toBeUndefined();
  });
});

describe('journal fields', () => {
  it('turns work_notes and comments into sys_journal_field rows; the field itself stays empty', async () => {
    const created = (await api.post(CASES, { short_description: 'Journal', work_notes: 'Called back, no answer' })).body.result;
    expect(created.work_notes).toBe('');
    await api.patch(`${CASES}/${created.sys_id}`, { comments: 'We will call you tomorrow' });

    const entries = (await api.get(`/api/now/table/sys_journal_field?sysparm_query=${q(`element_id=${created.sys_id}^ORDERBYelement`)}`)).body.result;
    expect(entries.map((e: Record<string, string>) => [e.element, e.name, e.value, e.sys_created_by])).toEqual([
      ['comments', 'sn_customerservice_case', 'We will call you tomorrow', 'admin'],
      ['work_notes', 'sn_customerservice_case', 'Called back, no answer', 'admin'],
    ]);
    const shown = (await api.get(`${CASES}/${created.sys_id}?sysparm_display_value=true&sysparm_fields=work_notes,comments`)).body.result;
    expect(shown.work_notes).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} - System Administrator \(Work notes\)\nCalled back, no answer\n\n$/);
    expect(shown.comments).toContain('(Additional comments)\nWe will call you tomorrow');
  });
});

describe('PUT, PATCH and DELETE /api/now/table/{table}/{sys_id}', () => {
  it('updates the named fields, counts sys_mod_count and records who changed it', async () => {
    const agent = tableApi(emulator.url, basicAuth('agent'));
    const created = (await api.post(CASES, { short_description: 'To update', description: 'keep me' })).body.result;
    const patched = await agent.patch(`${CASES}/${created.sys_id}`, { state: '10' });
    expect(patched.status).toBe(200);
    expect(patched.body.result).toMatchObject({ state: '10', description: 'keep me', sys_mod_count: '1', sys_updated_by: 'agent', sys_created_by: 'admin' });
    const put = await agent.put(`/api/now/v2/table/sn_customerservice_case/${created.sys_id}?sysparm_fields=state,sys_mod_count`, { state: '6' });
    expect(put.body.result).toEqual({ state: '6', sys_mod_count: '2' });
  });

  it('answers 404 for an update or delete of an unknown record', async () => {
    expect((await api.patch(`${CASES}/0123456789abcdef0123456789abcdef`, { state: '10' })).status).toBe(404);
    const res = await api.delete(`${CASES}/0123456789abcdef0123456789abcdef`);
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe('No Record found');
  });

  it('deletes with 204 and no body', async () => {
    const created = (await api.post(CASES, { short_description: 'To delete' })).body.result;
    const res = await api.delete(`${CASES}/${created.sys_id}`);
    expect(res.status).toBe(204);
    expect(res.body).toBeUndefined();
    expect((await api.get(`${CASES}/${created.sys_id}`)).status).toBe(404);
  });
});

describe('interactions', () => {
  it('creates an IMS-numbered interaction and relates it to a case', async () => {
    const interaction = (await api.post('/api/now/table/interaction', { type: 'phone', consumer: anaId, short_description: 'Inbound call' })).body.result;
    expect(interaction.number).toMatch(/^IMS\d{7}$/);
    expect(interaction.state).toBe('new');
    const [kase] = (await api.get(`${CASES}?sysparm_query=${q('number=CS0000001')}`)).body.result;
    const related = await api.post('/api/now/table/interaction_related_record', {
      interaction: interaction.sys_id,
      document_table: 'sn_customerservice_case',
      document_id: kase.sys_id,
    });
    expect(related.status).toBe(201);
    expect(related.body.result.interaction.value).toBe(interaction.sys_id);

    const wrongRow = { interaction: interaction.sys_id, document_table: 'csm_consumer', document_id: kase.sys_id };
    await withStrictReferences(async () => expect((await api.post('/api/now/table/interaction_related_record', wrongRow)).status).toBe(403));
  });

  it('closes an interaction with a documented state', async () => {
    const interaction = (await api.post('/api/now/table/interaction', { type: 'chat' })).body.result;
    const closed = await api.patch(`/api/now/table/interaction/${interaction.sys_id}?sysparm_display_value=true`, { state: 'closed_complete', closed_at: '2025-01-02 03:04:05' });
    expect(closed.body.result).toMatchObject({ state: 'Closed Complete', closed_at: '2025-01-02 03:04:05' });
  });
});
