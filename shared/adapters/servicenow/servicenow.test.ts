import { describe, expect, it } from 'vitest';
import { jsonResponse, recordedSleep, scriptedFetch, type FetchCall, type Reply } from '../fakeFetch';
import { serviceNowError } from './errors';
import { createServiceNowAdapters, serviceNowRecords } from './index';
import { keyMarker } from './activities';
import { defaultStep } from '../../ivr/lookupPlan';

const INSTANCE = 'https://dev1234.service-now.example';

function adapters(replies: Reply[] | ((call: FetchCall) => Reply), auth = true) {
  const fake = scriptedFetch(replies);
  const timing = recordedSleep();
  const config = auth
    ? { instanceUrl: INSTANCE, user: 'admin', password: 'emulator', http: { fetch: fake.fetch, sleep: timing.sleep } }
    : { instanceUrl: '', userToken: 'csrf-token', http: { fetch: fake.fetch, sleep: timing.sleep } };
  return { ...createServiceNowAdapters(config), calls: fake.calls };
}

const paramsOf = (call: FetchCall) => new URL(call.url, 'http://relative.example').searchParams;
const CASE = { crm: 'servicenow' as const, object: 'sn_customerservice_case', id: 'a'.repeat(32) };
const CONSUMER = { crm: 'servicenow' as const, object: 'csm_consumer', id: 'b'.repeat(32) };

describe('ServiceNow errors', () => {
  it('keeps the message and the detail', () => {
    const error = serviceNowError(404, { error: { message: 'No Record found', detail: 'Record doesn\'t exist or ACL restricts the record retrieval' }, status: 'failure' });
    expect(error).toMatchObject({ kind: 'not-found', crm: 'servicenow', status: 404, code: 'No Record found', message: "Record doesn't exist or ACL restricts the record retrieval" });
    expect(serviceNowError(401, { error: { message: 'User Not Authenticated', detail: 'Required to provide Auth information' }, status: 'failure' }).kind).toBe('auth');
    expect(serviceNowError(502, undefined)).toMatchObject({ kind: 'unavailable', code: 'HTTP 502' });
  });

  it('reads a data policy refusal as a validation error naming the mandatory fields', () => {
    const error = serviceNowError(403, { error: { message: 'Operation Failed', detail: 'Data Policy Exception: \n\tThe following fields are mandatory: Short description, Consumer' }, status: 'failure' });
    expect(error).toMatchObject({ kind: 'validation', status: 403, code: 'Operation Failed', fields: { 'Short description': 'Short description is mandatory', Consumer: 'Consumer is mandatory' } });
    expect(serviceNowError(403, { error: { message: 'Operation Failed', detail: 'ACL Exception Insert Failed due to security constraints' }, status: 'failure' }).kind).toBe('auth');
  });
});

describe('ServiceNow records', () => {
  it('asks for the phone number in every typed format on each person table (§7.1)', async () => {
    const sn = adapters(() => jsonResponse(200, { result: [] }));
    await sn.records.searchByPhone('(415) 555-1000');
    const queries = sn.calls.map((c) => [new URL(c.url).pathname, paramsOf(c).get('sysparm_query')]);
    expect(queries.map(([path]) => path)).toEqual(['/api/now/table/csm_consumer', '/api/now/table/customer_contact', '/api/now/table/customer_account']);
    const consumerQuery = queries[0][1] ?? '';
    for (const typed of ['+14155551000', '+1 415 555 1000', '(415) 555-1000', '415-555-1000', '415.555.1000', '4155551000']) {
      expect(consumerQuery.split('^OR')).toContain(`phoneSTARTSWITH${typed}`);
      expect(consumerQuery.split('^OR')).toContain(`mobile_phoneSTARTSWITH${typed}`);
    }
    expect(queries[2][1]).not.toContain('mobile_phone');
    expect(sn.calls[0].headers.authorization).toBe('Basic YWRtaW46ZW11bGF0b3I=');
  });

  it('§7.1 asks each person table for the lookup fields in the same request, with a short list of typed forms', async () => {
    const sn = adapters(() => jsonResponse(200, { result: [] }));
    const records = serviceNowRecords(sn.table, { lookupFields: (table) => ['u_preferred_language', `u_${table}_tier`] });
    await records.searchByPhone('+14155551000');
    expect(sn.calls).toHaveLength(3);
    const consumer = paramsOf(sn.calls[0]);
    expect(consumer.get('sysparm_fields')?.split(',')).toEqual(expect.arrayContaining(['sys_id', 'name', 'first_name', 'phone', 'mobile_phone', 'business_phone', 'account', 'u_preferred_language', 'u_csm_consumer_tier']));
    expect(paramsOf(sn.calls[2]).get('sysparm_fields')).toContain('u_customer_account_tier');
    expect(consumer.get('sysparm_query')?.split('^OR').filter((c) => c.startsWith('phoneSTARTSWITH')).length).toBeLessThanOrEqual(14);
  });

  it('keeps a number typed with an extension and drops a longer number that only starts the same', async () => {
    const sn = adapters((call) =>
      jsonResponse(200, {
        result: new URL(call.url).pathname.endsWith('/csm_consumer')
          ? [{ sys_id: '1'.repeat(32), name: 'Hugo Moreau', phone: '1 (415) 555-1147 x121' }, { sys_id: '2'.repeat(32), name: 'Not Hugo', phone: '(415) 555-11470' }]
          : [],
      }),
    );
    expect((await sn.records.searchByPhone('+14155551147')).map((r) => r.name)).toEqual(['Hugo Moreau']);
  });

  it('refuses to put a caret into an encoded query', async () => {
    const sn = adapters([]);
    expect(await sn.records.lookup(defaultStep('servicenow', 'case-number'), 'CS0001^ORactive=true')).toEqual([]);
    expect(sn.calls).toHaveLength(0);
  });

  it('runs inside an instance with relative URLs and the session token', async () => {
    const sn = adapters([jsonResponse(200, { result: [{ sys_id: CASE.id, number: 'CS0000001' }] })], false);
    const [found] = await sn.records.lookup(defaultStep('servicenow', 'case-number'), 'CS0000001');
    expect(sn.calls[0].url.startsWith('/api/now/table/sn_customerservice_case?')).toBe(true);
    expect(sn.calls[0].headers.authorization).toBeUndefined();
    expect(sn.calls[0].headers['x-usertoken']).toBe('csrf-token');
    expect(found).toMatchObject({ object: 'sn_customerservice_case', id: CASE.id, name: 'CS0000001' });
  });

  it('returns a refused create as invalid', async () => {
    const detail = 'Data Policy Exception: \n\tThe following fields are mandatory: Last name';
    const sn = adapters([jsonResponse(403, { error: { message: 'Operation Failed', detail }, status: 'failure' })]);
    expect(await sn.records.create('csm_consumer', { first_name: 'Ana' })).toMatchObject({ invalid: { kind: 'validation', message: detail, fields: { 'Last name': 'Last name is mandatory' } } });
  });
});

describe('ServiceNow relating (§3.2)', () => {
  it('patches the reference field and clears it with an empty string', async () => {
    const sn = adapters([
      jsonResponse(200, { result: { sys_id: CASE.id } }),
      jsonResponse(200, { result: { sys_id: CASE.id, consumer: CONSUMER.id, contact: '', account: '' } }),
      jsonResponse(200, { result: { sys_id: CASE.id } }),
      jsonResponse(200, { result: { sys_id: CASE.id, consumer: '', contact: '', account: '' } }),
    ]);
    const related = await sn.interactionRecords.relate(CASE, 'consumer', CONSUMER);
    expect(sn.calls[0]).toMatchObject({ method: 'PATCH', body: JSON.stringify({ consumer: CONSUMER.id }) });
    expect(related).toEqual({ consumer: CONSUMER, contact: null, account: null });
    const cleared = await sn.interactionRecords.relate(CASE, 'consumer', null);
    expect(sn.calls[2].body).toBe(JSON.stringify({ consumer: '' }));
    expect(cleared.consumer).toBeNull();
  });
});

describe('ServiceNow write-back (§2.2, §2.3)', () => {
  const interaction = { crm: 'servicenow' as const, object: 'interaction', id: 'c'.repeat(32) };
  const activity = {
    record: CASE,
    idempotencyKey: 'int-1:link-1',
    content: { contactName: 'Ana Souza', channel: 'voice' as const, startedAt: '2025-03-01T10:00:00Z', endedAt: '2025-03-01T10:05:00Z', durationSeconds: 300, agentName: 'Casey Agent', summary: 'Router reset', interactionRecord: interaction },
  };

  it('writes the related record and the work note once, even when a response is lost', async () => {
    const related: string[] = [];
    const notes: string[] = [];
    let lost = true;
    const sn = adapters((call) => {
      const url = new URL(call.url);
      const query = url.searchParams.get('sysparm_query') ?? '';
      if (url.pathname.endsWith('/interaction_related_record') && call.method === 'GET') return jsonResponse(200, { result: related.map((id) => ({ sys_id: id })) });
      if (url.pathname.endsWith('/interaction_related_record')) {
        related.push('d'.repeat(32));
        if (lost) { lost = false; return new TypeError('socket hang up'); }
        return jsonResponse(201, { result: { sys_id: related[0] } });
      }
      if (url.pathname.endsWith('/sys_journal_field')) {
        const hit = notes.filter((n) => query.includes(`valueLIKE${keyMarker('int-1:link-1')}`) && n.includes(keyMarker('int-1:link-1')));
        return jsonResponse(200, { result: hit.map(() => ({ sys_id: 'e'.repeat(32) })) });
      }
      notes.push(JSON.parse(call.body ?? '{}').work_notes);
      if (notes.length === 1) return new TypeError('socket hang up');
      return jsonResponse(200, { result: { sys_id: CASE.id } });
    });
    const first = await sn.activities.write(activity);
    const again = await sn.activities.write(activity);
    expect(related).toHaveLength(1);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('Router reset');
    expect(first).toEqual({ crm: 'servicenow', object: 'sys_journal_field', id: 'e'.repeat(32) });
    expect(again).toEqual(first);
  });

  it('ties a consumer to the interaction without a note, consumers having no journal', async () => {
    const sn = adapters([jsonResponse(200, { result: [] }), jsonResponse(201, { result: { sys_id: 'f'.repeat(32) } })]);
    const written = await sn.activities.write({ ...activity, record: CONSUMER });
    expect(JSON.parse(sn.calls[1].body ?? '{}')).toEqual({ interaction: interaction.id, document_table: 'csm_consumer', document_id: CONSUMER.id });
    expect(written).toEqual({ crm: 'servicenow', object: 'interaction_related_record', id: 'f'.repeat(32) });
  });
});

describe('ServiceNow interaction records (issue 15)', () => {
  it('stores SMS and WhatsApp with their own interaction type, other messaging as chat', async () => {
    const types: Record<string, unknown> = {};
    for (const channel of ['sms', 'whatsapp', 'telegram', 'voice'] as const) {
      const sn = adapters([jsonResponse(201, { result: { sys_id: 'c'.repeat(32) } })]);
      await sn.interactionRecords.create({ channel, from: '+14155550100', startedAt: '2026-01-01T10:00:00.000Z', customer: [] });
      types[channel] = JSON.parse(sn.calls.find((c) => c.url.includes('/table/interaction'))?.body ?? '{}').type;
    }
    expect(types).toEqual({ sms: 'sms', whatsapp: 'whatsapp', telegram: 'chat', voice: 'phone' });
  });
});
