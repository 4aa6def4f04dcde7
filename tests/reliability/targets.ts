import { findTable, tableNames, type FieldType } from '../../emulator/servicenow/schema';
import { jsonOf, send } from './client';
import type { Credentials } from './credentials';
import { CC, SF, SN, ZD } from './endpoints';
import type { Field, Kind } from './generate';

/** One create/update endpoint whose every field gets wrong values. */
export interface WriteTarget {
  method: string;
  path: string;
  auth: Record<string, string>;
  fields: Field[];
  body(values: Record<string, unknown>): unknown;
  /** Collections and composite answer 200 with per-record errors (documented), not a 4xx. */
  batch?: boolean;
}

/** Records that exist in the seeded story, to aim updates at. */
export interface Ids {
  account: string;
  tables: Record<string, string>;
  ticket: number;
  user: number;
  call: string;
  email: string;
  card: string;
}

const fieldsOf = (list: string) => list.split(' ').map((entry) => {
  const [name, kind] = entry.split(':');
  return { name, kind: kind as Kind };
});

const SF_KIND: Record<string, Kind> = { boolean: 'boolean', int: 'number', double: 'number', currency: 'number', percent: 'number', date: 'date', datetime: 'date', reference: 'reference', id: 'reference' };
const SN_KIND: Partial<Record<FieldType, Kind>> = { reference: 'reference', choice: 'choice', boolean: 'boolean', integer: 'number', glide_date_time: 'date' };
const SF_OBJECTS = ['Account', 'Contact', 'Lead', 'Case', 'Task'];

interface Described { fields: { name: string; type: string; length: number; restrictedPicklist?: boolean }[] }

async function salesforceFields(base: string, auth: Record<string, string>, object: string): Promise<Field[]> {
  const described = await jsonOf<Described>(base, { method: 'GET', path: `${SF}/sobjects/${object}/describe`, headers: auth, label: 'describe' });
  return described.fields.map((f) => ({ name: f.name, kind: f.restrictedPicklist ? 'choice' : (SF_KIND[f.type] ?? (f.length > 0 ? 'bounded' : 'text')) }));
}

/**
 * ServiceNow stores most wrong values as text (documented leniency), so each body ends in
 * a reference to a record that does not exist: with the emulator's strict reference
 * property on (`strictServiceNow`), the write must then be refused as a whole.
 */
function serviceNowTargets(ids: Ids, auth: Record<string, string>): WriteTarget[] {
  return tableNames().flatMap((name) => {
    const table = findTable(name)!;
    const poisonField = table.fields.find((f) => f.type === 'reference' && !f.name.startsWith('sys_'));
    if (!poisonField) return [];
    const fields = table.fields.map((f) => ({ name: f.name, kind: SN_KIND[f.type] ?? 'text' }));
    const body = (values: Record<string, unknown>) => ({ ...values, [poisonField.name]: 'ffffffffffffffffffffffffffffffff' });
    const updates = ids.tables[name] ? ['PUT', 'PATCH'].map((method) => ({ method, path: `${SN}/${name}/${ids.tables[name]}`, auth, fields, body })) : [];
    return [{ method: 'POST', path: `${SN}/${name}`, auth, fields, body }, ...updates];
  });
}

const TICKET = fieldsOf('subject:text comment:object voice_comment:object requester_id:reference requester:object submitter_id:reference assignee_id:reference organization_id:reference priority:choice status:choice type:choice tags:list custom_fields:list external_id:text due_at:date collaborator_ids:list comments:list via:object created_at:date updated_at:date solved_at:date');
const USER = fieldsOf('name:text email:text role:choice organization_id:reference phone:text active:boolean suspended:boolean verified:boolean time_zone:text locale:text notes:text details:text user_fields:object external_id:text tags:list');
const ORGANIZATION = fieldsOf('name:text details:text notes:text organization_fields:object external_id:text tags:list');

/** Zendesk ignores many wrong values; a refused field (checked after the others) keeps the write from landing. */
const poisoned = (poisons: Record<string, unknown>[]) => (values: Record<string, unknown>) => {
  const poison = poisons.find((p) => !Object.keys(p).some((k) => k in values)) ?? {};
  return { ...values, ...poison };
};
const ticketBody = poisoned([{ custom_fields: 'poison' }, { organization_id: 1 }]);
const userBody = poisoned([{ role: 'poison' }, { organization_id: 1 }]);

function zendeskTargets(ids: Ids, auth: Record<string, string>): WriteTarget[] {
  return [
    ...[['POST', '/tickets.json'], ['PUT', `/tickets/${ids.ticket}.json`], ['POST', '/imports/tickets.json']].map(([method, path]) => ({
      method, path: `${ZD}${path}`, auth, fields: TICKET, body: (v: Record<string, unknown>) => ({ ticket: ticketBody(v) }),
    })),
    { method: 'POST', path: `${ZD}/imports/tickets/create_many.json`, auth, fields: TICKET, body: (v) => ({ tickets: [ticketBody(v)] }), batch: true },
    ...[['POST', '/users.json'], ['PUT', `/users/${ids.user}.json`], ['POST', '/users/create_or_update.json']].map(([method, path]) => ({
      method, path: `${ZD}${path}`, auth, fields: USER, body: (v: Record<string, unknown>) => ({ user: userBody(v) }),
    })),
    { method: 'POST', path: `${ZD}/organizations.json`, auth, fields: ORGANIZATION, body: (v) => ({ organization: v }) },
  ];
}

function contactCenterTargets(ids: Ids, creds: Credentials, config: Record<string, unknown>): WriteTarget[] {
  // Every text field of the contact-center API has a maximum length.
  const plain = (method: string, path: string, fields: string, auth = creds.contactCenter): WriteTarget => ({
    method, path: `${CC}${path}`, auth, fields: fieldsOf(fields.replaceAll(':text', ':bounded')), body: (v) => v,
  });
  return [
    plain('POST', '/auth/token', 'username:text password:text', {}),
    plain('POST', '/calls', 'ani:text dnis:text'),
    plain('POST', '/interactions', 'channel:choice from:text text:text subject:text'),
    plain('POST', `/interactions/${ids.email}/messages`, 'from:text text:text'),
    plain('POST', `/interactions/${ids.call}/ivr/identifier`, 'kind:choice value:text'),
    plain('POST', `/interactions/${ids.call}/visited`, 'crm:choice object:text id:text'),
    plain('POST', `/interactions/${ids.call}/links`, 'crm:choice object:text id:text'),
    plain('POST', `/interactions/${ids.call}/transfer`, 'agentId:reference queue:choice', creds.admin),
    plain('PUT', '/agents/agent/state', 'state:choice'),
    plain('POST', `/cards/${ids.card}/merge`, 'cardIds:list'),
    // The whole current configuration with one section of the wrong type.
    { method: 'PUT', path: `${CC}/config`, auth: creds.admin, fields: Object.keys(config).map((name) => ({ name, kind: 'object' })), body: (v) => ({ ...config, ...v }) },
  ];
}

function salesforceTargets(ids: Ids, auth: Record<string, string>, fields: Record<string, Field[]>): WriteTarget[] {
  const creates = SF_OBJECTS.flatMap((object): WriteTarget[] => [
    { method: 'POST', path: `${SF}/sobjects/${object}`, auth, fields: fields[object], body: (v) => v },
    { method: 'POST', path: `${SF}/ui-api/records`, auth, fields: fields[object], body: (v) => ({ apiName: object, fields: v }) },
    { method: 'POST', path: `${SF}/composite/sobjects`, auth, fields: fields[object], body: (v) => ({ records: [{ attributes: { type: object }, ...v }] }), batch: true },
    { method: 'POST', path: `${SF}/composite`, auth, fields: fields[object], batch: true, body: (v) => ({ compositeRequest: [{ method: 'POST', url: `${SF}/sobjects/${object}`, referenceId: 'r1', body: v }] }) },
  ]);
  const updates: WriteTarget[] = [
    { method: 'PATCH', path: `${SF}/sobjects/Account/${ids.account}`, auth, fields: fields.Account, body: (v) => v },
    { method: 'PATCH', path: `${SF}/ui-api/records/${ids.account}`, auth, fields: fields.Account, body: (v) => ({ fields: v }) },
    { method: 'PATCH', path: `${SF}/composite/sobjects`, auth, fields: fields.Account, batch: true, body: (v) => ({ records: [{ attributes: { type: 'Account' }, id: ids.account, ...v }] }) },
  ];
  return [...creates, ...updates];
}

/** An instance stores unknown references; the emulator refuses them only with x_emulator.strict_references on. */
export async function strictServiceNow(base: string, creds: Credentials): Promise<void> {
  const path = `${SN}/sys_properties?sysparm_query=name%3Dx_emulator.strict_references&sysparm_fields=sys_id`;
  const [property] = (await jsonOf<{ result: { sys_id: string }[] }>(base, { method: 'GET', path, headers: creds.servicenow, label: 'strict property' })).result;
  const headers = { ...creds.servicenow, 'content-type': 'application/json' };
  await jsonOf(base, { method: 'PATCH', path: `${SN}/sys_properties/${property.sys_id}`, headers, body: JSON.stringify({ value: 'true' }), label: 'strict on' });
}

/** Every create/update endpoint of every part, with its fields. */
export async function writeTargets(base: string, creds: Credentials, ids: Ids): Promise<WriteTarget[]> {
  const sfFields = Object.fromEntries(await Promise.all(SF_OBJECTS.map(async (o) => [o, await salesforceFields(base, creds.salesforce, o)])));
  const { config } = await jsonOf<{ config: Record<string, unknown> }>(base, { method: 'GET', path: `${CC}/config`, headers: creds.admin, label: 'config' });
  return [
    ...salesforceTargets(ids, creds.salesforce, sfFields),
    ...serviceNowTargets(ids, creds.servicenow),
    ...zendeskTargets(ids, creds.zendesk),
    ...contactCenterTargets(ids, creds, config),
  ];
}

/** Finds one record of each kind in the seeded story (and opens two interactions) before the run. */
export async function findIds(base: string, creds: Credentials): Promise<Ids> {
  const get = <T>(path: string, headers: Record<string, string>) => jsonOf<T>(base, { method: 'GET', path, headers, label: path });
  const post = <T>(path: string, body: unknown) => jsonOf<T>(base, { method: 'POST', path, headers: { ...creds.contactCenter, 'content-type': 'application/json' }, body: JSON.stringify(body), label: path });
  const account = (await get<{ records: { Id: string }[] }>(`${SF}/query?q=SELECT+Id+FROM+Account+LIMIT+1`, creds.salesforce)).records[0].Id;
  const tables: Record<string, string> = {};
  for (const name of tableNames()) {
    const answer = await send(base, { method: 'GET', path: `${SN}/${name}?sysparm_limit=1&sysparm_fields=sys_id`, headers: creds.servicenow, label: name });
    const first = answer.status === 200 ? (JSON.parse(answer.text) as { result: { sys_id: string }[] }).result[0] : undefined;
    if (first) tables[name] = first.sys_id;
  }
  const ticket = (await get<{ tickets: { id: number }[] }>(`${ZD}/tickets.json`, creds.zendesk)).tickets[0].id;
  const user = (await get<{ user: { id: number } }>(`${ZD}/users/me.json`, creds.zendesk)).user.id;
  const call = (await post<{ interaction: { id: string } }>(`${CC}/calls`, { ani: '+1 555 010 9999' })).interaction.id;
  const email = (await post<{ interaction: { id: string } }>(`${CC}/interactions`, { channel: 'email', from: 'stranger@nowhere.example', text: 'Hello' })).interaction.id;
  const cards = (await get<{ cards: { id: string }[] }>(`${CC}/cards`, creds.contactCenter)).cards;
  return { account, tables, ticket, user, call, email, card: cards[0]?.id ?? 'no-card' };
}
