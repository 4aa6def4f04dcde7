import { describe, expect, it } from 'vitest';
import { createJobs, jobJson } from './jobs';

describe('job statuses', () => {
  it('moves from queued through working to completed with one result per item', async () => {
    const jobs = createJobs({ queuedMs: 5, perItemMs: 1 });
    const seen: string[] = [];
    let saved = false;
    const job = jobs.start('bulk_create_users', ['a', 'b'], (item, index) => {
      seen.push(job.status);
      return { index, id: item };
    }, async () => {
      saved = true;
    });
    expect(jobJson(job, 'https://x/api/v2')).toMatchObject({ status: 'queued', total: 2, progress: null, results: null, url: `https://x/api/v2/job_statuses/${job.id}.json` });
    await jobs.idle();
    expect(seen).toEqual(['working', 'working']);
    expect(job).toMatchObject({ status: 'completed', progress: 2, results: [{ index: 0, id: 'a' }, { index: 1, id: 'b' }] });
    expect(saved).toBe(true);
  });

  it('fails the job when an item throws something unexpected', async () => {
    const jobs = createJobs({ queuedMs: 0, perItemMs: 0 });
    const job = jobs.start('bulk_update_tickets', [1], () => {
      throw new Error('disk full');
    }, async () => undefined);
    await jobs.idle();
    expect(job).toMatchObject({ status: 'failed', message: 'disk full' });
    expect(jobs.get(job.id)).toBe(job);
  });
});
