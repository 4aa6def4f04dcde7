import type { Server } from 'node:http';
import { createApp } from '../../emulator/app';
import { loadStory } from '../../emulator/seed/story';
import { openStore } from '../../emulator/store/store';
import { createZendeskService } from '../../emulator/zendesk';
import { createState, isoTime } from '../../emulator/zendesk/model/state';
import { emptyZendeskData } from '../../emulator/zendesk/model/types';
import { importTicket } from '../../emulator/zendesk/tickets/tickets';
import { median, type Benchmark } from './figure';

const TICKETS = 100_000;
const PER_PAGE = 1000;
const STATUSES = ['new', 'open', 'pending', 'hold', 'solved', 'closed'];
const CHANNELS = ['email', 'web', 'chat', 'voice', 'api'];

/**
 * Issue 5: the Zendesk cursor-based incremental ticket export of 100k tickets through
 * HTTP, 1000 per page, until `end_of_stream`. Tickets go straight into memory through
 * the Ticket Import code path; the baseline re-sorts all tickets for every page, which is
 * what an export without the kept update-order index would do.
 */
const zendeskExport: Benchmark = {
  title: 'Zendesk incremental export',
  async run() {
    const store = await openStore(':memory:');
    const service = createZendeskService({ store, selfUrl: () => '' });
    await service.seed!(await loadStory());
    const state = createState(store.namespace('zendesk', emptyZendeskData));
    const admin = state.data.users.find((u) => u.role === 'admin')!;
    const requesters = state.data.users.filter((u) => u.role === 'end-user');
    const start = Date.parse('2020-01-01T00:00:00Z');
    for (let i = 0; i < TICKETS; i++) {
      const created = new Date(start + i * 60_000);
      importTicket(state, {
        subject: `Ticket ${i}`,
        status: STATUSES[i % STATUSES.length],
        requester_id: requesters[i % requesters.length].id,
        via: { channel: CHANNELS[i % CHANNELS.length] },
        created_at: isoTime(created),
        updated_at: isoTime(new Date(created.getTime() + ((i * 7919) % 86_400) * 1000)),
        comments: [{ author_id: requesters[i % requesters.length].id, value: `Help with case ${i}` }],
      }, admin);
    }
    await service.start!();
    const server: Server = await new Promise((resolve) => {
      const s = createApp([service]).listen(0, '127.0.0.1', () => resolve(s));
    });
    const { port } = server.address() as { port: number };
    const auth = `Basic ${Buffer.from('admin@customercard.example/token:emulator-token').toString('base64')}`;
    try {
      const exportAll = async () => {
        let url: string | null = `http://127.0.0.1:${port}/api/v2/incremental/tickets/cursor.json?start_time=0&per_page=${PER_PAGE}`;
        let tickets = 0;
        const pageMs: number[] = [];
        const began = performance.now();
        while (url) {
          const pageStart = performance.now();
          const body = (await (await fetch(url, { headers: { authorization: auth } })).json()) as { tickets: unknown[]; end_of_stream: boolean; after_url: string | null };
          pageMs.push(performance.now() - pageStart);
          tickets += body.tickets.length;
          url = body.end_of_stream ? null : body.after_url;
        }
        return { pages: pageMs.length, pageMs, tickets, seconds: (performance.now() - began) / 1000 };
      };
      await exportAll();
      const run = await exportAll();
      if (run.tickets < TICKETS) throw new Error(`export returned ${run.tickets} of ${TICKETS} tickets`);
      const pageMedian = median(run.pageMs);
      const resortMs = resortMsPerPage(state.data.tickets.map((t) => t.ticket.updated_at));
      return [
        { name: `incremental ticket export, ${TICKETS / 1000}k tickets, ${PER_PAGE}/page over HTTP`, value: run.pages / run.seconds, unit: 'pages/s' },
        { name: 'incremental ticket export throughput', value: run.tickets / run.seconds, unit: 'tickets/s' },
        {
          name: 'one export page (median)',
          value: pageMedian,
          unit: 'ms',
          baseline: { value: pageMedian + resortMs, what: 'page that re-sorts all tickets by update time' },
        },
        { name: 'full export wall time', value: run.seconds * 1000, unit: 'ms' },
      ];
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  },
};

/** Milliseconds a full sort by update time costs, what each page would pay without the kept order. */
function resortMsPerPage(updatedAt: string[]): number {
  return median(timeSync(() => updatedAt.map((t) => Date.parse(t)).sort((a, b) => a - b), 5));
}

function timeSync(fn: () => unknown, times: number): number[] {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const began = performance.now();
    fn();
    samples.push(performance.now() - began);
  }
  return samples;
}

export default zendeskExport;
