import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { startMemoryEmulator } from '../support/emulator';
import { basicAuth, q, tableApi } from './tableApi';

/**
 * ACLs of the seeded roles: `agent` holds itil and sn_customerservice_agent, `admin` holds
 * admin. Refusals come in ServiceNow's error shape.
 * https://www.servicenow.com/docs/r/platform-security/access-control/access-control-rules.html
 */
let emulator: RunningEmulator;
let admin: ReturnType<typeof tableApi>;
let agent: ReturnType<typeof tableApi>;

beforeAll(async () => {
  emulator = await startMemoryEmulator();
  admin = tableApi(emulator.url);
  agent = tableApi(emulator.url, basicAuth('agent'));
});
afterAll(() => emulator.close());

const refused = (operation: string) => ({ error: { message: 'Operation Failed', detail: `ACL Exception ${operation} Failed due to security constraints` }, status: 'failure' });

describe('the agent role', () => {
  it('reads and writes cases, consumers and interactions', async () => {
    const consumer = await agent.post('/api/now/table/csm_consumer', { first_name: 'Inês', last_name: 'Carvalho', phone: '+351 912 345 678' });
    expect(consumer.status).toBe(201);
    const kase = await agent.post('/api/now/table/sn_customerservice_case', { short_description: 'Router keeps rebooting', consumer: consumer.body.result.sys_id });
    expect([kase.status, kase.body.result.sys_created_by]).toEqual([201, 'agent']);
    expect((await agent.patch(`/api/now/table/sn_customerservice_case/${kase.body.result.sys_id}`, { state: '10' })).body.result.state).toBe('10');
    const interaction = await agent.post('/api/now/table/interaction', { type: 'phone', consumer: consumer.body.result.sys_id });
    expect(interaction.status).toBe(201);
    expect((await agent.get(`/api/now/table/interaction/${interaction.body.result.sys_id}`)).status).toBe(200);
    expect((await agent.get(`/api/now/table/csm_consumer?sysparm_query=${q('last_name=Carvalho')}`)).body.result).toHaveLength(1);
  });

  it('cannot delete a case: 403 with the ACL exception', async () => {
    const [kase] = (await agent.get('/api/now/table/sn_customerservice_case?sysparm_limit=1')).body.result;
    const res = await agent.delete(`/api/now/table/sn_customerservice_case/${kase.sys_id}`);
    expect([res.status, res.body]).toEqual([403, refused('Delete')]);
  });

  it('cannot read password fields of sys_user; the field is left out and a query on it is refused', async () => {
    const [seen] = (await agent.get(`/api/now/table/sys_user?sysparm_query=${q('user_name=agent')}`)).body.result;
    expect(seen.user_name).toBe('agent');
    expect(seen).not.toHaveProperty('user_password');
    const probe = await agent.get(`/api/now/table/sys_user?sysparm_query=${q('user_passwordSTARTSWITHscrypt')}`);
    expect([probe.status, probe.body]).toEqual([
      403,
      { error: { message: 'Insufficient rights to query records', detail: 'Field(s) present in the query do not have permission to be read' }, status: 'failure' },
    ]);
    // The administrator reads it: a one-way hash, never the password.
    const [asAdmin] = (await admin.get(`/api/now/table/sys_user?sysparm_query=${q('user_name=agent')}&sysparm_fields=user_password`)).body.result;
    expect(asAdmin.user_password).toMatch(/^scrypt\$/);
    expect(asAdmin.user_password).not.toContain('emulator');
  });

  it('cannot write sys_properties: 403 on insert and update, and it sees no rows', async () => {
    const insert = await agent.post('/api/now/table/sys_properties', { name: 'glide.sys.default.tz', value: 'Europe/Paris' });
    expect([insert.status, insert.body]).toEqual([403, refused('Insert')]);
    const [property] = (await admin.get(`/api/now/table/sys_properties?sysparm_query=${q('name=glide.sys.default.tz')}`)).body.result;
    const update = await agent.patch(`/api/now/table/sys_properties/${property.sys_id}`, { value: 'Europe/Paris' });
    expect([update.status, update.body]).toEqual([403, refused('Update')]);
    expect((await admin.get(`/api/now/table/sys_properties/${property.sys_id}`)).body.result.value).toBe('UTC');
    expect((await agent.get('/api/now/table/sys_properties')).body).toEqual({ result: [] });
    expect((await agent.get(`/api/now/table/sys_properties/${property.sys_id}`)).status).toBe(404);
  });

  it('reads accounts but cannot create one', async () => {
    expect((await agent.get('/api/now/table/customer_account?sysparm_limit=1')).body.result).toHaveLength(1);
    const res = await agent.post('/api/now/table/customer_account', { name: 'Agent Co' });
    expect([res.status, res.body]).toEqual([403, refused('Insert')]);
  });
});

describe('the admin role', () => {
  it('passes every ACL and sets a password that is stored hashed and then signs in', async () => {
    const created = await admin.post('/api/now/table/sys_user?sysparm_fields=user_name,user_password', { user_name: 'joana.reis', first_name: 'Joana', last_name: 'Reis', user_password: 'S3nha-forte!' });
    expect(created.status).toBe(201);
    expect(created.body.result.user_password).toMatch(/^scrypt\$/);
    const [role] = (await admin.get(`/api/now/table/sys_user_role?sysparm_query=${q('name=itil')}`)).body.result;
    const [user] = (await admin.get(`/api/now/table/sys_user?sysparm_query=${q('user_name=joana.reis')}`)).body.result;
    expect((await admin.post('/api/now/table/sys_user_has_role', { user: user.sys_id, role: role.sys_id })).status).toBe(201);
    const joana = tableApi(emulator.url, basicAuth('joana.reis', 'S3nha-forte!'));
    expect((await joana.get('/api/now/table/sn_customerservice_case?sysparm_limit=1')).body.result).toHaveLength(1);
    expect((await tableApi(emulator.url, basicAuth('joana.reis', 'wrong')).get('/api/now/table/sn_customerservice_case')).status).toBe(401);
  });
});
