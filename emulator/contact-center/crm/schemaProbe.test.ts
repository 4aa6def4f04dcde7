import { describe, expect, it } from 'vitest';
import { CrmError, type SnRow, type TableApi } from '../../../shared';
import { serviceNowProbe } from './schemaProbe';

const refused = () => new CrmError({ kind: 'auth', crm: 'servicenow', status: 403, code: 'Operation Failed', message: 'ACL Exception' });

/** A Table API over fixed tables; `hidden` tables answer 403, as for a user without the dictionary's read role. */
function tableApi(rows: Record<string, SnRow[]>, hidden: string[] = []): TableApi {
  const list: TableApi['list'] = async (table, options = {}) => {
    if (hidden.includes(table)) throw refused();
    const [, name] = /^name=(\w+)$/.exec(options.query ?? '') ?? [];
    const inNames = /^nameIN([\w,]+)/.exec(options.query ?? '')?.[1]?.split(',');
    return (rows[table] ?? []).filter((r) => (name ? r.name === name : inNames ? inNames.includes(String(r.name)) : true));
  };
  return {
    list,
    listMany: (lists) => Promise.all(lists.map((l) => list(l.table, l.options))),
    get: async (table, sysId) => (rows[table] ?? []).find((r) => r.sys_id === sysId)!,
    insert: () => Promise.reject(new Error('read only')),
    patch: () => Promise.reject(new Error('read only')),
  };
}

const schema = {
  sys_db_object: [
    { sys_id: 't1', name: 'sys_user', super_class: '' },
    { sys_id: 't2', name: 'customer_contact', super_class: 't1' },
  ],
  sys_dictionary: [
    { sys_id: 'd1', name: 'sys_user', element: 'user_name' },
    { sys_id: 'd2', name: 'customer_contact', element: 'account' },
  ],
};

describe('serviceNowProbe', () => {
  it("reads a table's fields and the ones it inherits from the dictionary, even with no rows", async () => {
    const probe = serviceNowProbe(tableApi(schema));
    expect(await probe.objectFields('customer_contact')).toEqual({ fields: new Set(['account', 'user_name']) });
    expect(await probe.objectFields('u_subscriber')).toEqual({ unknownObject: true });
  });

  it('falls back to one row when the user may not read the dictionary', async () => {
    const probe = serviceNowProbe(tableApi({ ...schema, customer_contact: [{ sys_id: 'c1', name: 'Maria', email: 'm@example.com' }] }, ['sys_db_object']));
    expect(await probe.objectFields('customer_contact')).toEqual({ fields: new Set(['sys_id', 'name', 'email']) });
    expect(await probe.objectFields('interaction')).toEqual({ unknown: true });
  });
});
