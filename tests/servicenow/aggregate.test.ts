import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { startMemoryEmulator } from '../support/emulator';
import { basicAuth, q, tableApi } from './tableApi';

/**
 * The Aggregate API, GET /api/now/stats/{tableName}, checked against the rows the Table
 * API returns. The documented sample (avg per group, four decimals, groupby_fields):
 * https://www.servicenow.com/docs/r/api-reference/rest-apis/c_AggregateAPI.html
 */
let emulator: RunningEmulator;
let api: ReturnType<typeof tableApi>;
type Row = Record<string, string>;
let cases: Row[];
let consumers: Row[];

beforeAll(async () => {
  emulator = await startMemoryEmulator();
  api = tableApi(emulator.url);
  cases = (await api.get('/api/now/table/sn_customerservice_case?sysparm_fields=state,priority,active')).body.result;
  consumers = (await api.get('/api/now/table/csm_consumer?sysparm_fields=u_nps,city')).body.result;
});
afterAll(() => emulator.close());

const nps = (rows: Row[]) => rows.map((r) => r.u_nps).filter((v) => v !== '').map(Number);

describe('GET /api/now/stats/{table}', () => {
  it('counts the rows a query matches: {"result":{"stats":{"count":"N"}}} with X-Total-Count', async () => {
    const res = await api.get(`/api/now/stats/sn_customerservice_case?sysparm_count=true&sysparm_query=${q('active=true')}`);
    const active = cases.filter((c) => c.active === 'true').length;
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ result: { stats: { count: String(active) } } });
    expect(res.headers.get('x-total-count')).toBe(String(active));
  });

  it('computes sum, avg (four decimals), min and max, also under /api/now/v1', async () => {
    const res = await api.get('/api/now/v1/stats/csm_consumer?sysparm_sum_fields=u_nps&sysparm_avg_fields=u_nps&sysparm_min_fields=u_nps&sysparm_max_fields=u_nps');
    const values = nps(consumers);
    const sum = values.reduce((a, b) => a + b, 0);
    expect(res.body.result.stats).toEqual({
      sum: { u_nps: String(sum) },
      avg: { u_nps: (sum / values.length).toFixed(4) },
      min: { u_nps: String(Math.min(...values)) },
      max: { u_nps: String(Math.max(...values)) },
    });
  });

  it('groups as the documented sample does: a list of {stats, groupby_fields}', async () => {
    const res = await api.get('/api/now/stats/sn_customerservice_case?sysparm_avg_fields=priority&sysparm_count=true&sysparm_group_by=state');
    const states = [...new Set(cases.map((c) => c.state))].sort((a, b) => Number(a) - Number(b));
    expect(res.body.result).toEqual(
      states.map((state) => {
        const inState = cases.filter((c) => c.state === state);
        const avg = inState.reduce((a, c) => a + Number(c.priority), 0) / inState.length;
        return { stats: { count: String(inState.length), avg: { priority: avg.toFixed(4) } }, groupby_fields: [{ field: 'state', value: state }] };
      }),
    );
    expect(res.headers.get('x-total-count')).toBe(String(states.length));
  });

  it('filters groups with sysparm_having, orders with sysparm_order_by and shows display values', async () => {
    const res = await api.get('/api/now/stats/sn_customerservice_case?sysparm_count=true&sysparm_group_by=priority&sysparm_having=count^priority^>^1&sysparm_order_by=COUNT^DESC&sysparm_display_value=all');
    const counts = new Map<string, number>();
    for (const c of cases) counts.set(c.priority, (counts.get(c.priority) ?? 0) + 1);
    const expected = [...counts].filter(([, n]) => n > 1);
    expect(expected.length).toBeGreaterThan(0);
    const groups = res.body.result as { stats: { count: string }; groupby_fields: { field: string; value: string; display_value: string }[] }[];
    expect(groups.map((g) => [g.groupby_fields[0].value, Number(g.stats.count)]).sort()).toEqual(expected.sort());
    expect(groups.map((g) => Number(g.stats.count))).toEqual([...groups.map((g) => Number(g.stats.count))].sort((a, b) => b - a));
    expect(groups.find((g) => g.groupby_fields[0].value === '2')?.groupby_fields[0].display_value).toBe('2 - High');
  });

  it('answers an unknown table with 400 and a user who may not read the table with 403', async () => {
    expect((await api.get('/api/now/stats/u_nope?sysparm_count=true')).body).toEqual({ error: { message: 'Invalid table u_nope', detail: null }, status: 'failure' });
    const agent = tableApi(emulator.url, basicAuth('agent'));
    const res = await agent.get('/api/now/stats/sys_properties?sysparm_count=true');
    expect([res.status, res.body.error.message]).toEqual([403, 'Insufficient rights to query records']);
    expect((await agent.get('/api/now/stats/sn_customerservice_case?sysparm_count=true')).status).toBe(200);
  });
});
