import { ACME, ANA, fakeContactCenter, NAMELESS, RAFAEL } from './fakeContactCenter';

export { ACME, ANA, CARDS, interaction, NAMELESS, RAFAEL } from './fakeContactCenter';

export const CASE_ID = 'c0ffee00000000000000000000000001';
/** A Zurich consumer, for a caller who dials from a Swiss number written the local way. */
export const LUCA = { sys_id: 'a1000000000000000000000000000004', name: 'Luca Müller', phone: '+41446681800' };

const ROWS: Record<string, Record<string, Record<string, string>>> = {
  csm_consumer: { [ANA.sys_id]: ANA, [RAFAEL.sys_id]: RAFAEL, [NAMELESS.sys_id]: NAMELESS, [LUCA.sys_id]: LUCA },
  customer_account: { [ACME.sys_id]: ACME },
};

/** ServiceNow's data policy refusal: the detail names the missing fields by label. */
const dataPolicy = (labels: string[]) => ({
  error: { message: 'Operation Failed', detail: `Data Policy Exception: \n\tThe following fields are mandatory: ${labels.join(', ')}` },
  status: 'failure',
});

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/**
 * The Table API and the contact-center API as the card sees them through `fetch`: records above,
 * the case's fields in `caseFields`, every PATCH recorded; `failPatch` answers ServiceNow's error.
 * `/cc/v1` is the contract-checked fake of `fakeContactCenter.ts`.
 */
export function fakeBackend(options: Parameters<typeof fakeContactCenter>[0] = {}) {
  const cc = fakeContactCenter(options);
  const caseFields: Record<string, string> = { consumer: '', contact: '', account: '' };
  const patches: Record<string, string>[] = [];
  const state = { failPatch: null as null | { status: number; message: string; detail: string } };
  const rows = structuredClone(ROWS);
  const inserts: { table: string; body: Record<string, string> }[] = [];

  function handle(url: URL, method: string, body: unknown): Response {
    const answered = cc.handle(url, method, body);
    if (answered) return answered;
    const table = url.pathname.match(/^\/api\/now\/table\/([^/]+)(?:\/([^/]+))?$/);
    if (!table) return json(404, { error: 'not_found' });
    const [, name, sysId] = table;
    if (name === 'sn_customerservice_case' && sysId === CASE_ID) {
      if (method === 'PATCH') {
        if (state.failPatch) return json(state.failPatch.status, { error: { message: state.failPatch.message, detail: state.failPatch.detail }, status: 'failure' });
        patches.push(body as Record<string, string>);
        Object.assign(caseFields, body);
      }
      return json(200, { result: { sys_id: CASE_ID, number: 'CS0001001', ...caseFields } });
    }
    if (!sysId && method === 'POST') return insert(name, body as Record<string, string>);
    if (!sysId) return json(200, { result: listRows(name, url.searchParams.get('sysparm_query') ?? '') });
    const row = rows[name]?.[sysId];
    return row ? json(200, { result: row }) : json(404, { error: { message: 'No Record found', detail: 'Record doesn\'t exist or ACL restricts the record retrieval' }, status: 'failure' });
  }

  /** POST /api/now/table/{table}: a case needs its short description, as the instance's data policy says. */
  function insert(table: string, values: Record<string, string>): Response {
    if (table === 'sn_customerservice_case' && !values.short_description) return json(403, dataPolicy(['Short description']));
    const sysId = `f${String(inserts.length + 1).padStart(31, '0')}`;
    inserts.push({ table, body: values });
    const row = { ...values, sys_id: sysId, name: [values.first_name, values.last_name].filter(Boolean).join(' '), number: `CS${1002 + inserts.length}` };
    (rows[table] ??= {})[sysId] = row;
    return json(201, { result: row });
  }

  /** Lists: Ana's number finds Ana; her cases are listed under her (§5.2). */
  function listRows(table: string, query: string): Record<string, string>[] {
    if (table === 'csm_consumer' && query.includes(ANA.phone)) return [ANA];
    if (table === 'csm_consumer' && query.includes(LUCA.phone)) return [LUCA];
    if (table === 'sn_customerservice_case' && query.startsWith(`consumer=${ANA.sys_id}`)) return [{ sys_id: CASE_ID, number: 'CS0001001', consumer: ANA.sys_id }];
    return [];
  }

  const fetch = async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://instance.example');
    return handle(url, (init.method ?? 'GET').toUpperCase(), init.body ? JSON.parse(String(init.body)) : undefined);
  };
  const { links, current, merges, counts } = cc;
  return { fetch, caseFields, patches, links, state, current, inserts, merges, counts };
}
