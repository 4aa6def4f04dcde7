import type { z } from 'zod';
import { configSchema } from '../../../../../shared/config/schema';
import type { cardSchema } from '../../../../../shared/contract/cards';
import { CC_ROUTES, type OperationId } from '../../../../../shared/contract/contract';
import type { interactionSchema } from '../../../../../shared/contract/interactionSchema';
import type { linkSchema } from '../../../../../shared/contract/links';
import type { RouteDef } from '../../../../../shared/contract/route';

type Interaction = z.input<typeof interactionSchema>;
type Link = z.input<typeof linkSchema>;

const sn = (object: string, id: string) => ({ crm: 'servicenow' as const, object, id });

export const ANA = { sys_id: 'a1000000000000000000000000000001', name: 'Ana Souza', phone: '+14155551020' };
export const RAFAEL = { sys_id: 'a1000000000000000000000000000002', name: 'Rafael Souza', phone: '415-555-1021' };
export const ACME = { sys_id: 'ac000000000000000000000000000001', name: 'Acme Fibre Ltd.', number: 'ACCT0001' };
export const NAMELESS = { sys_id: 'a1000000000000000000000000000003', name: '', email: 'no.name@example.com' };

/** A call identified as Ana; during it the agent opened Rafael, Acme and a consumer with no name. */
export const interaction: Interaction = {
  id: 'int-000001',
  cardId: 'card-000001',
  channel: 'voice',
  state: 'connected',
  from: '+14155551020',
  startedAt: '2025-01-01T10:00:00.000Z',
  answeredAt: '2025-01-01T10:00:12.000Z',
  ivr: { outcome: 'identified', matches: [{ ...sn('csm_consumer', ANA.sys_id), name: ANA.name }], greeting: 'Hello Ana Souza', attempts: [] },
  routing: { queue: 'general', skills: ['english'], reasons: [] },
  messages: [],
  participantData: {},
  interactionRecords: [],
  visited: [
    { ...sn('csm_consumer', NAMELESS.sys_id), at: '2025-01-01T10:00:20.000Z' },
    { ...sn('customer_account', ACME.sys_id), at: '2025-01-01T10:00:30.000Z' },
    { ...sn('csm_consumer', RAFAEL.sys_id), at: '2025-01-01T10:00:40.000Z' },
  ],
  history: [{ state: 'connected', at: '2025-01-01T10:00:12.000Z', event: 'answer' }],
};

/** Ana's card, her email card from yesterday (a probable duplicate) and an unrelated card. */
export const CARDS = {
  ana: { id: 'card-000001', channel: 'voice', name: 'Ana Souza', identityPoints: [{ kind: 'phone', value: '+14155551020' }], interactionIds: [interaction.id], links: [], createdAt: '2025-01-01T10:00:00.000Z' },
  anaEmail: { id: 'card-000002', channel: 'email', name: 'Ana Souza', identityPoints: [{ kind: 'email', value: 'ana.souza@example.com' }], interactionIds: ['int-000000'], links: [], createdAt: '2024-12-31T09:00:00.000Z' },
  jordi: { id: 'card-000003', channel: 'chat', name: 'Jordi Puig', identityPoints: [{ kind: 'handle', channel: 'chat', value: 'jordi-81' }], interactionIds: [], links: [], createdAt: '2024-12-30T09:00:00.000Z' },
} satisfies Record<string, z.input<typeof cardSchema>>;

/** The contract's routes, literal paths before parametrised ones (`/agents/me` before `/agents/{id}`). */
const ROUTES = [...CC_ROUTES]
  .sort((a, b) => a.path.split('{').length - b.path.split('{').length)
  .map((route) => ({ route, pattern: new RegExp(`^/cc/v1${route.path.replace(/\{\w+\}/g, '([^/]+)')}$`), names: [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]) }));

function matchRoute(method: string, path: string): { route: RouteDef; params: Record<string, string> } | null {
  for (const { route, pattern, names } of ROUTES) {
    const found = route.method === method.toLowerCase() && path.match(pattern);
    if (found) return { route, params: Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1])])) };
  }
  return null;
}

export interface CcRequest {
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
}

type Answer = { status: number; body: unknown } | null;

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/**
 * `/cc/v1` as the card sees it, answered through the contract: a request body the contract refuses
 * gets the service's 400, and an answer outside the contract throws, so the fake cannot drift from it.
 */
export function fakeContactCenter(options: { features?: Record<string, unknown>; phoneRegion?: string; interaction?: Partial<Interaction> } = {}) {
  const links: Link[] = [];
  const current = structuredClone({ ...interaction, ...options.interaction });
  const config = configSchema.parse({ features: options.features ?? {}, phone: { defaultRegion: options.phoneRegion } });
  const merges: { cardId: string; cardIds: string[] }[] = [];
  const counts = { interactionReads: 0 };
  const ours = (id: string) => id === interaction.id;

  const operations: Partial<Record<OperationId, (request: CcRequest) => Answer>> = {
    getInteraction: ({ params }) => (ours(params.id) ? (counts.interactionReads++, { status: 200, body: { interaction: current } }) : null),
    markVisited: ({ params, body }) => {
      if (!ours(params.id)) return null;
      current.visited = [...current.visited, { ...(body as { crm: 'servicenow'; object: string; id: string }), at: new Date().toISOString() }];
      return { status: 201, body: { visited: current.visited } };
    },
    getConfig: () => ({ status: 200, body: { config } }),
    listLinks: ({ params }) => (ours(params.id) ? { status: 200, body: { links } } : null),
    createLink: ({ params, body }) => {
      if (!ours(params.id)) return null;
      const link: Link = { id: `lnk-${links.length + 1}`, record: body as Link['record'], state: 'linked', interactionId: params.id, linkedAt: new Date().toISOString() };
      links.push(link);
      return { status: 201, body: { link } };
    },
    deleteLink: ({ params }) => {
      const link = links.find((l) => l.id === params.linkId && l.interactionId === params.id);
      if (!link) return null;
      Object.assign(link, { state: 'unlinked', unlinkedAt: new Date().toISOString() });
      return { status: 200, body: { link } };
    },
    searchCards: ({ query }) => {
      const q = (query.get('q') ?? '').toLowerCase();
      return { status: 200, body: { cards: Object.values(CARDS).filter((c) => c.name.toLowerCase().includes(q)) } };
    },
    getCard: ({ params }) => (params.id === CARDS.ana.id ? { status: 200, body: { card: CARDS.ana } } : null),
    findDuplicates: ({ params }) =>
      params.id === CARDS.ana.id ? { status: 200, body: { card: CARDS.ana, duplicates: [{ card: CARDS.anaEmail, score: 0.3, reasons: ['similar-name'] }] } } : null,
    mergeCards: ({ params, body }) => {
      if (params.id !== CARDS.ana.id) return null;
      const { cardIds } = body as { cardIds: string[] };
      merges.push({ cardId: params.id, cardIds });
      const card = { ...CARDS.ana, interactionIds: [...CARDS.ana.interactionIds, 'int-000000'] };
      return { status: 200, body: { card, merged: cardIds, message: `Merged ${cardIds.length} card(s) into Ana Souza.` } };
    },
  };

  /** Answers a `/cc/v1` request, or null for any other URL. */
  function handle(url: URL, method: string, body: unknown): Response | null {
    if (!url.pathname.startsWith('/cc/v1/')) return null;
    const matched = matchRoute(method, url.pathname);
    const operation = matched && operations[matched.route.operationId as OperationId];
    if (!matched || !operation) return json(404, { error: 'not_found', message: `The fake has no ${method} ${url.pathname}.` });
    const { route, params } = matched;
    const invalid = route.body?.safeParse(body);
    if (invalid && !invalid.success) {
      return json(400, { error: 'invalid_request', errors: invalid.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message, in: 'body' })) });
    }
    const answer = operation({ params, query: url.searchParams, body });
    if (!answer) return json(404, { error: 'not_found', message: 'No such resource.' });
    const schema = route.responses[answer.status as keyof RouteDef['responses']];
    const checked = schema?.safeParse(answer.body);
    if (!checked?.success) throw new Error(`The fake answered ${route.operationId} ${answer.status} outside the contract: ${checked?.error.message ?? 'undocumented status'}`);
    return json(answer.status, answer.body);
  }

  return { handle, links, current, merges, counts };
}
