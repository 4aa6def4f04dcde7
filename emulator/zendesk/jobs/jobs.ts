import { randomBytes } from 'node:crypto';

/**
 * Job Statuses (https://developer.zendesk.com/api-reference/ticketing/ticket-management/job_statuses/):
 * a bulk request answers at once with a `queued` job; the work then runs in the background,
 * `working` with `progress` counting tasks, and ends `completed` with one result per item (or
 * `failed`). Statuses live in memory for a day, as Zendesk keeps them.
 */
export type JobState = 'queued' | 'working' | 'completed' | 'failed';
export type JobResult = Record<string, unknown>;

export interface Job {
  id: string;
  job_type: string;
  total: number;
  progress: number | null;
  status: JobState;
  message: string | null;
  results: JobResult[] | null;
  createdAt: number;
  /** Creation order, for cursor pages of List Job Statuses. */
  seq: number;
}

export interface JobTiming {
  /** How long a job waits in the queue before a worker takes it. */
  queuedMs: number;
  /** How long each item takes once the job works. */
  perItemMs: number;
}

const KEEP_MS = 24 * 60 * 60_000;

export interface Jobs {
  /** Starts a job over `items`; `run` does one item and returns its result. `done` runs once at the end. */
  start<T>(jobType: string, items: T[], run: (item: T, index: number) => JobResult, done: () => Promise<void>): Job;
  /** A job that already ran (Ticket Import's create_many keeps answering `completed`). */
  record(jobType: string, results: JobResult[]): Job;
  get(id: string): Job | undefined;
  all(): Job[];
  /** Waits for running jobs (the service's stop). */
  idle(): Promise<void>;
}

export function createJobs(timing: JobTiming = { queuedMs: 20, perItemMs: 5 }): Jobs {
  const jobs = new Map<string, Job>();
  const running = new Set<Promise<void>>();
  let seq = 0;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const prune = () => {
    for (const [id, job] of jobs) if (job.createdAt < Date.now() - KEEP_MS) jobs.delete(id);
  };
  const add = (job: Job) => {
    prune();
    jobs.set(job.id, job);
    return job;
  };
  const newJob = (jobType: string, total: number): Job => ({
    id: randomBytes(16).toString('hex'), job_type: jobType, total, progress: null, status: 'queued', message: null, results: null, createdAt: Date.now(), seq: ++seq,
  });
  return {
    start(jobType, items, run, done) {
      const job = add(newJob(jobType, items.length));
      const work = (async () => {
        await sleep(timing.queuedMs);
        Object.assign(job, { status: 'working', progress: 0, results: [] });
        try {
          for (const [index, item] of items.entries()) {
            job.results!.push(run(item, index));
            job.progress = index + 1;
            await sleep(timing.perItemMs);
          }
          await done();
          Object.assign(job, { status: 'completed', message: `Completed at ${new Date().toISOString().replace(/\.\d{3}Z$/, '+00:00')}` });
        } catch (error) {
          Object.assign(job, { status: 'failed', message: error instanceof Error ? error.message : String(error) });
        }
      })();
      running.add(work);
      void work.finally(() => running.delete(work));
      return job;
    },
    record(jobType, results) {
      return add({ ...newJob(jobType, results.length), progress: results.length, status: 'completed', message: `Completed at ${new Date().toISOString()}`, results });
    },
    get: (id) => jobs.get(id),
    all: () => [...jobs.values()],
    async idle() {
      await Promise.all([...running]);
    },
  };
}

export function jobJson(job: Job, base: string) {
  const { createdAt: _createdAt, seq: _seq, ...shown } = job;
  return { ...shown, url: `${base}/job_statuses/${job.id}.json` };
}
