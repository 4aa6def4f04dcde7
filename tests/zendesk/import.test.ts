import { describe, expect, it } from 'vitest';
import { api, reply, useZendesk } from './client';

const zd = useZendesk();

interface Comment {
  body: string;
  created_at: string;
}

describe('Zendesk Ticket Import API', () => {
  it('keeps historical ticket and comment times', async () => {
    const { result: requester } = await zd.client.users.create({ user: { name: 'Hannah Schmidt', email: 'hannah.schmidt@example.org' } });
    const { result } = await reply(zd.client.ticketimport.import({
      ticket: {
        subject: 'Old outage',
        requester_id: requester.id,
        status: 'solved',
        via: { channel: 'email' },
        created_at: '2023-03-01T08:00:00Z',
        updated_at: '2023-03-02T10:00:00Z',
        solved_at: '2023-03-02T09:30:00Z',
        comments: [
          { author_id: requester.id, value: 'Nothing works since this morning.', created_at: '2023-03-01T08:00:00Z' },
          { author_id: requester.id, value: 'Works again, thanks.', created_at: '2023-03-02T09:00:00Z' },
        ],
      },
    } as never));
    // node-zendesk's TicketImport unwraps only `imports`, so the body arrives whole.
    const { ticket } = result as unknown as { ticket: { id: number; created_at: string; updated_at: string; status: string; via: { channel: string } } };
    expect(ticket).toMatchObject({ created_at: '2023-03-01T08:00:00Z', updated_at: '2023-03-02T10:00:00Z', status: 'solved', via: { channel: 'email' } });
    const comments = (await zd.client.tickets.getComments(ticket.id)) as Comment[];
    expect(comments.map((c) => c.created_at)).toEqual(['2023-03-01T08:00:00Z', '2023-03-02T09:00:00Z']);
    const metrics = await (await api(zd.emulator, `/tickets/${ticket.id}/metrics.json`)).json();
    expect(metrics.ticket_metric.solved_at).toBe('2023-03-02T09:30:00Z');
    const solvedThatDay = (await zd.client.search.queryAll('type:ticket solved:2023-03-02')) as { id: number }[];
    expect(solvedThatDay.map((t) => t.id)).toEqual([ticket.id]);
  });

  it('imports many at once and reports a completed job status', async () => {
    const { result: admin } = await zd.client.users.me();
    const { result } = await zd.client.ticketimport.bulkImport([
      { subject: 'First', requester_id: admin.id, comments: [{ value: 'One' }], created_at: '2022-01-01T00:00:00Z' },
      { subject: 'Second', requester_id: admin.id, comments: [{ value: 'Two' }], created_at: '2022-01-02T00:00:00Z' },
      { subject: 'Broken', requester_id: 1, comments: [{ value: 'Three' }] },
    ]);
    const job = (result as unknown as { job_status: { status: string; url: string; results: { index: number; id?: number; error?: string }[] } }).job_status;
    expect(job.status).toBe('completed');
    expect(job.results.map((r) => [r.index, r.error ?? 'ok'])).toEqual([[0, 'ok'], [1, 'ok'], [2, 'RecordInvalid']]);
    const polled = await (await api(zd.emulator, job.url.replace(`${zd.emulator.url}/api/v2`, ''))).json();
    expect(polled.job_status.status).toBe('completed');
    const { result: first } = await zd.client.tickets.show(job.results[0].id!);
    expect(first.created_at).toBe('2022-01-01T00:00:00Z');
  });
});
