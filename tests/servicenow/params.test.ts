import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { startMemoryEmulator } from '../support/emulator';
import { basicAuth, q, tableApi } from './tableApi';

/**
 * Table API parameters sysparm_view, sysparm_query_category and sysparm_no_count, and
 * display values of date-times in the user's time zone (sys_user.time_zone).
 * https://www.servicenow.com/docs/r/api-reference/rest-apis/c_TableAPI.html
 */
let emulator: RunningEmulator;
let api: ReturnType<typeof tableApi>;
const CASES = '/api/now/table/sn_customerservice_case';

beforeAll(async () => {
  emulator = await startMemoryEmulator();
  api = tableApi(emulator.url);
});
afterAll(() => emulator.close());

describe('sysparm_view', () => {
  it('renders the mobile view’s fields, and sysparm_fields takes precedence', async () => {
    const [mobile] = (await api.get(`${CASES}?sysparm_limit=1&sysparm_view=mobile`)).body.result;
    expect(Object.keys(mobile).sort()).toEqual(['number', 'priority', 'short_description', 'state']);
    const [desktop] = (await api.get(`${CASES}?sysparm_limit=1&sysparm_view=desktop`)).body.result;
    expect(Object.keys(desktop)).toContain('opened_at');
    expect(Object.keys(desktop)).not.toContain('sys_mod_count');
    const [both] = (await api.get(`${CASES}?sysparm_limit=1&sysparm_view=both`)).body.result;
    expect(Object.keys(both).length).toBe(new Set([...Object.keys(desktop), ...Object.keys(mobile)]).size);
    const [fields] = (await api.get(`${CASES}?sysparm_limit=1&sysparm_view=mobile&sysparm_fields=sys_id`)).body.result;
    expect(Object.keys(fields)).toEqual(['sys_id']);
  });
});

describe('sysparm_query_category', () => {
  it('is accepted and answers the same rows', async () => {
    const plain = await api.get(`${CASES}?sysparm_query=${q('ORDERBYnumber')}&sysparm_fields=number`);
    const categorised = await api.get(`${CASES}?sysparm_query=${q('ORDERBYnumber')}&sysparm_fields=number&sysparm_query_category=list`);
    expect(categorised.status).toBe(200);
    expect(categorised.body).toEqual(plain.body);
  });
});

describe('sysparm_no_count', () => {
  it('leaves out X-Total-Count and the last page, and still links the next page', async () => {
    const counted = await api.get(`${CASES}?sysparm_limit=5`);
    expect(counted.headers.get('x-total-count')).toBe('16');
    const res = await api.get(`${CASES}?sysparm_limit=5&sysparm_no_count=true`);
    expect(res.body.result).toHaveLength(5);
    expect(res.headers.get('x-total-count')).toBeNull();
    expect(res.headers.get('link')).toMatch(/sysparm_offset=5[^>]*>;rel="next"/);
    expect(res.headers.get('link')).not.toContain('rel="last"');
  });
});

describe('user time zones', () => {
  it('shows date-times in the user’s zone, reads them back in it, and stores UTC', async () => {
    const created = await api.post('/api/now/table/sys_user', { user_name: 'kenji.sato', first_name: 'Kenji', last_name: 'Sato', time_zone: 'Asia/Tokyo', user_password: 'tokyo-1234' });
    const [role] = (await api.get(`/api/now/table/sys_user_role?sysparm_query=${q('name=itil')}`)).body.result;
    await api.post('/api/now/table/sys_user_has_role', { user: created.body.result.sys_id, role: role.sys_id });
    const kenji = tableApi(emulator.url, basicAuth('kenji.sato', 'tokyo-1234'));
    const kase = (await api.post(CASES, { short_description: 'Time zones', opened_at: '2025-01-31 20:30:00' })).body.result;

    const shown = await kenji.get(`${CASES}/${kase.sys_id}?sysparm_display_value=all&sysparm_fields=opened_at`);
    expect(shown.body.result.opened_at).toEqual({ display_value: '2025-02-01 05:30:00', value: '2025-01-31 20:30:00' });
    expect((await api.get(`${CASES}/${kase.sys_id}?sysparm_display_value=true&sysparm_fields=opened_at`)).body.result.opened_at).toBe('2025-01-31 20:30:00');

    const written = await kenji.patch(`${CASES}/${kase.sys_id}?sysparm_input_display_value=true&sysparm_fields=opened_at`, { opened_at: '2025-07-01 09:00:00' });
    expect(written.body.result.opened_at).toBe('2025-07-01 00:00:00');
  });

  it('falls back to the system time zone (glide.sys.default.tz) for users without one', async () => {
    const [property] = (await api.get(`/api/now/table/sys_properties?sysparm_query=${q('name=glide.sys.default.tz')}`)).body.result;
    await api.patch(`/api/now/table/sys_properties/${property.sys_id}`, { value: 'America/New_York' });
    const kase = (await api.post(CASES, { short_description: 'System zone', opened_at: '2025-01-15 17:00:00' })).body.result;
    expect((await api.get(`${CASES}/${kase.sys_id}?sysparm_display_value=true&sysparm_fields=opened_at`)).body.result.opened_at).toBe('2025-01-15 12:00:00');
    await api.patch(`/api/now/table/sys_properties/${property.sys_id}`, { value: 'UTC' });
  });
});
