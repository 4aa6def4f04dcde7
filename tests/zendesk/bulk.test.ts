import { describe, expect, it } from 'vitest';
import { api, reply, useZendesk } from './client';

const zd = useZendesk();

interface JobStatus {
  id: string;
  url: string;
  status: string;
  total: number;
  progress: number | null;
  results: Record<string, unknown>[] | null;
}

/**
 * node-zendesk's bulk methods post their argument as the body, so it is `{users: [...]}` whatever
 * their typings say, and resolve to the whole answer, `{job_status}`.
 */
const jobOf = async (promise: Promise<unknown>) => ((await promise) as { result: { job_status: JobStatus } }).result.job_status;
/** node-zendesk's own job monitor: polls `GET /job_statuses/{id}` until the job ends. */
const watch = (job: JobStatus) => zd.client.jobstatuses.watch(job.id, 30, 5) as Promise<JobStatus>;

describe('Zendesk bulk endpoints and job statuses', () => {
  it('creates many users in a queued job that completes with per-item results', async () => {
    const queued = await jobOf(zd.client.users.createMany({
      users: [
        { name: 'Anneke de Vries', email: 'anneke.devries@example.org' },
        { name: 'Copy of Maria', email: 'maria.garcia@acme.example' },
        { name: 'Tomás Ortega', email: 'tomas.ortega@example.org', phone: '+34 612 34 56 78' },
      ],
    } as never));
    expect(queued).toMatchObject({ status: 'queued', total: 3, progress: null, results: null });
    expect(queued.url).toBe(`${zd.emulator.url}/api/v2/job_statuses/${queued.id}.json`);

    const done = await watch(queued);
    expect(done.status).toBe('completed');
    expect(done.progress).toBe(3);
    expect(done.results!.map((r) => [r.index, r.status ?? r.error])).toEqual([[0, 'Created'], [1, 'DuplicateValue'], [2, 'Created']]);
    const { result: tomas } = await zd.client.users.show(done.results![2].id as number);
    expect(tomas.phone).toBe('+34 612 34 56 78');
  });

  it('is seen working between queued and completed', async () => {
    const users = Array.from({ length: 100 }, (_, i) => ({ name: `Bulk Caller ${i}`, email: `bulk.caller.${i}@example.org` }));
    const queued = await jobOf(zd.client.users.createMany({ users } as never));
    const seen = new Set<string>([queued.status]);
    for (let i = 0; i < 200 && !seen.has('completed'); i++) {
      const { result } = await reply<{ job_status: JobStatus }>(zd.client.jobstatuses.show(queued.id));
      seen.add(result.job_status.status);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect([...seen]).toEqual(['queued', 'working', 'completed']);
  });

  it('creates or updates many, updates many and destroys many users', async () => {
    const upserted = await watch(await jobOf(zd.client.users.createOrUpdateMany({
      users: [{ name: 'Maria García López', email: 'MARIA.GARCIA@acme.example' }, { name: 'Yuki Tanaka', email: 'yuki.tanaka@example.org' }],
    } as never)));
    expect(upserted.results!.map((r) => r.status)).toEqual(['Updated', 'Created']);
    const [mariaId, yukiId] = upserted.results!.map((r) => r.id as number);
    expect((await zd.client.users.show(mariaId)).result.name).toBe('Maria García López');

    const updated = await watch(await jobOf(zd.client.users.updateMany({ users: [{ id: yukiId, notes: 'Prefers email' }, { id: 1, notes: 'x' }] }, undefined)));
    expect(updated.results!.map((r) => [r.id, r.status ?? r.error])).toEqual([[yukiId, 'Updated'], [1, 'RecordNotFound']]);
    expect((await zd.client.users.show(yukiId)).result.notes).toBe('Prefers email');

    const same = await watch(await jobOf(api(zd.emulator, `/users/update_many.json?ids=${yukiId}`, { method: 'PUT', body: JSON.stringify({ user: { tags: ['vip'] } }) }).then(async (r) => ({ result: await r.json() }))));
    expect(same.results).toEqual([{ id: yukiId, action: 'update', success: true, status: 'Updated' }]);

    const destroyed = await watch(await jobOf(zd.client.users.destroyMany([yukiId], null, null)));
    expect(destroyed.results).toEqual([{ id: yukiId, action: 'delete', success: true, status: 'Deleted' }]);
    expect((await zd.client.users.show(yukiId)).result.active).toBe(false);
  });

  it('creates, updates and destroys many tickets', async () => {
    const { result: me } = await zd.client.users.me();
    const created = await watch(await jobOf(zd.client.tickets.createMany({
      tickets: [
        { subject: 'No dial tone', comment: { body: 'The landline is silent.' }, requester_id: me.id },
        { subject: 'Blank', comment: { body: '' }, requester_id: me.id },
        { subject: 'Slow fibre', comment: { body: 'Speed dropped to 5 Mbit/s.' }, requester_id: me.id, priority: 'high' },
      ],
    } as never)));
    expect(created.results!.map((r) => (r.id ? 'ok' : r.error))).toEqual(['ok', 'BlankValue', 'ok']);
    const ids = created.results!.filter((r) => r.id).map((r) => r.id as number);

    const updated = await watch(await jobOf(zd.client.tickets.updateMany(ids, { ticket: { status: 'pending', tags: ['bulk'] } })));
    expect(updated.results!.map((r) => r.status)).toEqual(['Updated', 'Updated']);
    const { result: shown } = await reply<{ status: string; tags: string[] }[]>(zd.client.tickets.showMany(ids));
    expect(shown.map((t) => [t.status, t.tags])).toEqual([['pending', ['bulk']], ['pending', ['bulk']]]);

    const destroyed = await watch(await jobOf(zd.client.tickets.deleteMany(ids)));
    expect(destroyed.results!.map((r) => r.status)).toEqual(['Deleted', 'Deleted']);
    expect((await api(zd.emulator, `/tickets/${ids[0]}.json`)).status).toBe(404);
  });

  it('refuses an empty or oversized batch with 400, and an unknown job with 404', async () => {
    const empty = await api(zd.emulator, '/users/create_many.json', { method: 'POST', body: JSON.stringify({ users: [] }) });
    expect(empty.status).toBe(400);
    const tooMany = await api(zd.emulator, '/tickets/create_many.json', { method: 'POST', body: JSON.stringify({ tickets: Array.from({ length: 101 }, () => ({ comment: { body: 'x' } })) }) });
    expect(tooMany.status).toBe(400);
    expect((await api(zd.emulator, '/job_statuses/doesnotexist.json')).status).toBe(404);
  });

  it('lists and shows many job statuses', async () => {
    const { result } = await reply<{ job_statuses: JobStatus[] }>(zd.client.jobstatuses.list());
    expect(result.job_statuses.length).toBeGreaterThanOrEqual(5);
    const ids = result.job_statuses.slice(0, 2).map((j) => j.id);
    const { result: many } = await reply<{ job_statuses: JobStatus[] }>(zd.client.jobstatuses.showMany(ids));
    expect(many.job_statuses.map((j) => j.id)).toEqual(ids);
  });
});
