import { featuresSchema } from '../../../../shared/config/features';

export const CASE_ID = 'c0ffee00000000000000000000000001';
export const ANA = { sys_id: 'a1000000000000000000000000000001', name: 'Ana Souza', phone: '+14155551020' };
export const RAFAEL = { sys_id: 'a1000000000000000000000000000002', name: 'Rafael Souza', phone: '415-555-1021' };
export const ACME = { sys_id: 'ac000000000000000000000000000001', name: 'Acme Fibre Ltd.', number: 'ACCT0001' };
export const NAMELESS = { sys_id: 'a1000000000000000000000000000003', name: '', email: 'no.name@example.com' };

const ref = (object: string, id: string) => ({ crm: 'servicenow', object, id });

/** A call identified as Ana; during it the agent opened Rafael, Acme and a consumer with no name. */
export const interaction = {
  id: 'int-000001',
  cardId: 'card-000001',
  channel: 'voice',
  state: 'connected',
  from: '+14155551020',
  startedAt: '2025-01-01T10:00:00.000Z',
  ivr: { outcome: 'identified', matches: [{ ...ref('csm_consumer', ANA.sys_id), name: ANA.name }], greeting: 'Hello Ana Souza' },
  routing: { queue: 'general', skills: ['english'] },
  visited: [ref('csm_consumer', NAMELESS.sys_id), ref('customer_account', ACME.sys_id), ref('csm_consumer', RAFAEL.sys_id)],
};

const ROWS: Record<string, Record<string, Record<string, string>>> = {
  csm_consumer: { [ANA.sys_id]: ANA, [RAFAEL.sys_id]: RAFAEL, [NAMELESS.sys_id]: NAMELESS },
  customer_account: { [ACME.sys_id]: ACME },
};

/** Ana's card, her email card from yesterday (a probable duplicate) and an unrelated card. */
export const CARDS = {
  ana: { id: 'card-000001', channel: 'voice', name: 'Ana Souza', identityPoints: [{ kind: 'phone', value: '+14155551020' }], interactionIds: [interaction.id], links: [], createdAt: '2025-01-01T10:00:00.000Z' },
  anaEmail: { id: 'card-000002', channel: 'email', name: 'Ana Souza', identityPoints: [{ kind: 'email', value: 'ana.souza@example.com' }], interactionIds: ['int-000000'], links: [], createdAt: '2024-12-31T09:00:00.000Z' },
  jordi: { id: 'card-000003', channel: 'chat', name: 'Jordi Puig', identityPoints: [{ kind: 'handle', channel: 'chat', value: 'jordi-81' }], interactionIds: [], links: [], createdAt: '2024-12-30T09:00:00.000Z' },
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
 */
export function fakeBackend(options: { features?: Record<string, unknown> } = {}) {
  const caseFields: Record<string, string> = { consumer: '', contact: '', account: '' };
  const patches: Record<string, string>[] = [];
  const links: { id: string; record: unknown; state: string; interactionId: string }[] = [];
  const state = { failPatch: null as null | { status: number; message: string; detail: string } };
  const config = { features: featuresSchema.parse(options.features ?? {}) };
  const current: typeof interaction & { messages?: unknown[] } = structuredClone(interaction);
  const rows = structuredClone(ROWS);
  const inserts: { table: string; body: Record<string, string> }[] = [];
  const merges: { cardId: string; cardIds: string[] }[] = [];
  const counts = { interactionReads: 0 };

  async function handle(url: URL, method: string, body: unknown): Promise<Response> {
    const path = url.pathname;
    if (path === `/cc/v1/interactions/${interaction.id}`) {
      counts.interactionReads++;
      return json(200, { interaction: current });
    }
    if (path === `/cc/v1/interactions/${interaction.id}/visited` && method === 'POST') {
      current.visited = [...current.visited, body as (typeof current.visited)[number]];
      return json(201, { visited: current.visited });
    }
    if (path === '/cc/v1/config') return json(200, { config });
    const cards = handleCards(path, url, method, body);
    if (cards) return cards;
    if (path === `/cc/v1/interactions/${interaction.id}/links`) {
      if (method === 'POST') {
        const link = { id: `lnk-${links.length + 1}`, record: body, state: 'linked', interactionId: interaction.id, linkedAt: '' };
        links.push(link);
        return json(201, { link });
      }
      return json(200, { links });
    }
    const unlink = path.match(/^\/cc\/v1\/interactions\/[^/]+\/links\/([^/]+)$/);
    if (unlink && method === 'DELETE') {
      links.forEach((l) => l.id === unlink[1] && (l.state = 'unlinked'));
      return json(200, {});
    }
    const table = path.match(/^\/api\/now\/table\/([^/]+)(?:\/([^/]+))?$/);
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

  function handleCards(path: string, url: URL, method: string, body: unknown): Response | null {
    if (path === '/cc/v1/cards') {
      const q = (url.searchParams.get('q') ?? '').toLowerCase();
      return json(200, { cards: Object.values(CARDS).filter((c) => c.name.toLowerCase().includes(q)) });
    }
    if (path === `/cc/v1/cards/${CARDS.ana.id}`) return json(200, { card: CARDS.ana });
    if (path === `/cc/v1/cards/${CARDS.ana.id}/duplicates`) {
      return json(200, { card: CARDS.ana, duplicates: [{ card: CARDS.anaEmail, score: 0.3, reasons: ['similar-name'] }] });
    }
    if (path === `/cc/v1/cards/${CARDS.ana.id}/merge` && method === 'POST') {
      const { cardIds } = body as { cardIds: string[] };
      merges.push({ cardId: CARDS.ana.id, cardIds });
      const card = { ...CARDS.ana, interactionIds: [...CARDS.ana.interactionIds, 'int-000000'] };
      return json(200, { card, merged: cardIds, message: `Merged ${cardIds.length} card(s) into Ana Souza.` });
    }
    return null;
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
    if (table === 'sn_customerservice_case' && query.startsWith(`consumer=${ANA.sys_id}`)) return [{ sys_id: CASE_ID, number: 'CS0001001', consumer: ANA.sys_id }];
    return [];
  }

  const fetch = async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://instance.example');
    return handle(url, (init.method ?? 'GET').toUpperCase(), init.body ? JSON.parse(String(init.body)) : undefined);
  };
  return { fetch, caseFields, patches, links, state, current, inserts, merges, counts };
}
