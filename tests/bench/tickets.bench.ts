import type { Server } from 'node:http';
import { Router } from 'express';
import { createApp } from '../../emulator/app';
import { createContactCenterService } from '../../emulator/contact-center';
import type { ArchivedTicket } from '../../emulator/contact-center/tickets/archive';
import { TicketSearch, type TicketFilters } from '../../emulator/contact-center/tickets/ticketSearch';
import { loadStory } from '../../emulator/seed/story';
import { openStore } from '../../emulator/store/store';
import { createZendeskService } from '../../emulator/zendesk';
import { createState, isoTime } from '../../emulator/zendesk/model/state';
import { emptyZendeskData } from '../../emulator/zendesk/model/types';
import { importTicket } from '../../emulator/zendesk/tickets/tickets';
import { percentile, type Benchmark, type Figure } from './figure';

const IMPORT_TICKETS = 100_000;
const SEARCH_TICKETS = 1_000_000;
const STATUSES = ['new', 'open', 'pending', 'hold', 'solved', 'closed'];
const CHANNELS = ['email', 'web', 'chat', 'voice', 'api'];
const WORDS = ['router', 'fibre', 'invoice', 'modem', 'outage', 'television', 'remote', 'upgrade', 'refund', 'contract', 'signal', 'password', 'voicemail', 'roaming', 'installation', 'technician', 'billing', 'speed', 'latency', 'cancel'];
const DAY = 86_400_000;
/** Archived text draws on a vocabulary of a few thousand words, as support tickets do, not on twenty. */
const VOCABULARY = Array.from({ length: 5000 }, (_, i) => `${WORDS[i % WORDS.length]}${i < WORDS.length ? '' : i.toString(36)}`);

/**
 * Issue 10: a Zendesk import of 100k tickets through HTTP (tickets seeded straight into the
 * Zendesk store: a third solved or closed, updates spread over 180 days, so the import loads
 * comments only for the tickets it may keep), and ticket search over 1M archived tickets
 * indexed in memory, against a linear scan of the same tickets.
 */
const tickets: Benchmark = {
  title: 'Ticket import and search',
  async run() {
    const imported = await importThroughput();
    return [...imported, ...searchLatency()];
  },
};

async function importThroughput(): Promise<Figure[]> {
  const store = await openStore(':memory:');
  let url = '';
  const zendesk = createZendeskService({ store, selfUrl: () => url });
  const cc = createContactCenterService({ store, selfUrl: () => url });
  const story = await loadStory();
  await zendesk.seed!(story);
  await cc.seed!(story);
  const state = createState(store.namespace('zendesk', emptyZendeskData));
  const admin = state.data.users.find((u) => u.role === 'admin')!;
  const agents = state.data.users.filter((u) => u.role !== 'end-user');
  const requesters = state.data.users.filter((u) => u.role === 'end-user' && u.email);
  const now = Date.now();
  for (let i = 0; i < IMPORT_TICKETS; i++) {
    const updated = new Date(now - DAY - ((i * 7919) % (180 * DAY)));
    const requester = requesters[i % requesters.length];
    importTicket(state, {
      subject: `${WORDS[i % WORDS.length]} ticket ${i}`,
      status: STATUSES[i % STATUSES.length],
      requester_id: requester.id,
      assignee_id: agents[i % agents.length].id,
      via: { channel: CHANNELS[i % CHANNELS.length] },
      created_at: isoTime(new Date(updated.getTime() - DAY)),
      updated_at: isoTime(updated),
      comments: [{ author_id: requester.id, value: `Help with ${WORDS[(i * 3) % WORDS.length]} ${i}` }],
    }, admin);
  }
  let zendeskRequests = 0;
  const counted = Router();
  counted.use((req, _res, next) => {
    if (req.path.startsWith('/api/v2/')) zendeskRequests++;
    next();
  });
  counted.use(zendesk.router);
  const server: Server = await new Promise((resolve) => {
    const s = createApp([{ ...zendesk, router: counted }, cc]).listen(0, '127.0.0.1', () => resolve(s));
  });
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  await zendesk.start!();
  await cc.start!();
  try {
    const token = ((await (await fetch(`${url}/cc/v1/auth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin@customercard.example', password: 'emulator' }) })).json()) as { access_token: string }).access_token;
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    zendeskRequests = 0;
    const began = performance.now();
    const { id } = (await (await fetch(`${url}/cc/v1/imports`, { method: 'POST', headers, body: JSON.stringify({ source: 'zendesk' }) })).json()) as { id: string };
    type Listed = { id: string; state: string; progress: { tickets: number }; counts: { importedTickets: number } };
    let run: Listed;
    do {
      await new Promise((r) => setTimeout(r, 50));
      // The list answers progress and counts without the whole report, as the import page polls it.
      const { imports } = (await (await fetch(`${url}/cc/v1/imports`, { headers })).json()) as { imports: Listed[] };
      run = imports.find((r) => r.id === id)!;
    } while (run.state === 'running');
    const seconds = (performance.now() - began) / 1000;
    if (run.state !== 'done' || run.progress.tickets < IMPORT_TICKETS) throw new Error(`import ${run.state}: ${run.progress.tickets} tickets`);
    const perSecond = run.progress.tickets / seconds;
    return [
      { name: `Zendesk import, ${IMPORT_TICKETS / 1000}k tickets over HTTP (${run.counts.importedTickets} kept, with comments)`, value: perSecond, unit: 'tickets/s', goal: '>= 20000', met: perSecond >= 20_000 },
      { name: 'Zendesk import wall time', value: seconds * 1000, unit: 'ms' },
      { name: 'Zendesk API requests per 1000 exported tickets', value: (zendeskRequests / run.progress.tickets) * 1000, unit: 'requests' },
    ];
  } finally {
    await cc.stop!();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

function archivedTicket(i: number): ArchivedTicket {
  const created = new Date(Date.UTC(2025, 0, 1) + (i % 90) * DAY + (i % 86_400) * 1000).toISOString().slice(0, 19) + 'Z';
  const word = (k: number) => VOCABULARY[(i * k * 7919 + k * 104_729) % VOCABULARY.length];
  return {
    key: `zendesk:${i}`,
    crm: 'zendesk',
    id: String(i),
    subject: `${word(1)} ${word(7)}`,
    description: `Customer ${i} reports ${word(3)}`,
    status: i % 2 ? 'solved' : 'closed',
    channel: CHANNELS[i % CHANNELS.length],
    priority: null,
    requesterKey: `zendesk:r${i % 50_000}`,
    assigneeKey: `zendesk:a${i % 200}`,
    createdAt: created,
    updatedAt: created,
    solvedAt: created,
    crmUrl: '',
    comments: [{ id: `c${i}`, authorKey: `zendesk:a${i % 200}`, body: `Fixed the ${word(11)} ref${i % 100_000}`, public: true, createdAt: created }],
    recordings: [],
  };
}

type Query = TicketFilters;

const TEXT_QUERIES: Query[] = [
  { q: 'router' },
  { q: 'ref4242' },
  { q: 'invoice refund' },
  { q: 'modem', channel: 'voice' },
  { q: 'outage', from: '2025-03-01T00:00:00', to: '2025-03-10T23:59:59' },
  { q: 'speed', status: 'solved', assigneeKeys: new Set(['zendesk:a17']) },
];
const FILTER_QUERIES: Query[] = [
  {},
  { status: 'solved', channel: 'chat' },
  { assigneeKeys: new Set(['zendesk:a17']) },
  { requesterKeys: new Set(['zendesk:r123']), from: '2025-02-01T00:00:00' },
  { from: '2025-03-01T00:00:00', to: '2025-03-10T23:59:59', channel: 'email' },
  { status: 'closed' },
];

/** What a search without indexes does: look at every ticket, keep the matches, sort them. */
function linearScan(all: ArchivedTicket[], query: Query): ArchivedTicket[] {
  const terms = query.q?.toLowerCase().split(/\s+/) ?? [];
  const matches = all.filter(
    (t) =>
      (!query.status || t.status === query.status) &&
      (!query.channel || t.channel === query.channel) &&
      (!query.assigneeKeys || query.assigneeKeys.has(t.assigneeKey ?? '')) &&
      (!query.requesterKeys || query.requesterKeys.has(t.requesterKey ?? '')) &&
      (!query.from || t.createdAt.slice(0, 19) >= query.from) &&
      (!query.to || t.createdAt.slice(0, 19) <= query.to) &&
      terms.every((term) => `${t.subject} ${t.description} ${t.comments.map((c) => c.body).join(' ')}`.toLowerCase().includes(term)),
  );
  return terms.length ? matches : matches.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
}

function latencies(search: TicketSearch, queries: Query[], rounds: number): number[] {
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      const start = performance.now();
      search.search(query, 0, 20);
      samples.push(performance.now() - start);
    }
  }
  return samples;
}

function searchLatency(): Figure[] {
  const all = Array.from({ length: SEARCH_TICKETS }, (_, i) => archivedTicket(i));
  const search = new TicketSearch();
  const indexing = performance.now();
  search.rebuild(all);
  const indexMs = performance.now() - indexing;
  search.search({}, 0, 20);
  const text = latencies(search, TEXT_QUERIES, 5);
  const filters = latencies(search, FILTER_QUERIES, 5);
  const scan = [...TEXT_QUERIES, ...FILTER_QUERIES].map((query) => {
    const start = performance.now();
    linearScan(all, query);
    return performance.now() - start;
  });
  const both = [...text, ...filters];
  const p95 = percentile(both, 95);
  const million = `${SEARCH_TICKETS / 1_000_000}M tickets`;
  return [
    { name: `ticket search over ${million}, every query (p95)`, value: p95, unit: 'ms', goal: '<= 100', met: p95 <= 100, baseline: { value: percentile(scan, 95), what: 'linear scan of every ticket, p95' } },
    { name: 'ticket search, every query (p50)', value: percentile(both, 50), unit: 'ms', baseline: { value: percentile(scan, 50), what: 'linear scan, p50' } },
    { name: 'ticket search with text (p95)', value: percentile(text, 95), unit: 'ms', goal: '<= 100', met: percentile(text, 95) <= 100 },
    { name: 'ticket search with text (p50)', value: percentile(text, 50), unit: 'ms' },
    { name: 'ticket search, filters only (p95)', value: percentile(filters, 95), unit: 'ms', goal: '<= 100', met: percentile(filters, 95) <= 100 },
    { name: 'ticket search, filters only (p50)', value: percentile(filters, 50), unit: 'ms' },
    { name: `building the search index of ${million}`, value: indexMs, unit: 'ms' },
  ];
}

export default tickets;
