import type { Request, Response } from 'express';
import { RecordInvalid, sendError } from '../http/errors';
import { apiBase, firstQuery } from '../http/origin';
import type { ZendeskState } from '../model/state';
import { jobJson, type JobResult, type Jobs } from './jobs';

/** Bulk endpoints take at most 100 items per request (https://developer.zendesk.com/api-reference/introduction/rate-limits/#job-limit). */
export const MAX_ITEMS = 100;

/** One item's outcome: its result, or Zendesk's per-item error when a rule refused it. */
export function itemResult(base: JobResult, run: () => JobResult): JobResult {
  try {
    return { ...base, ...run() };
  } catch (error) {
    if (error instanceof RecordInvalid) {
      const details = Object.values(error.details).flat().map((d) => d.description).join(', ');
      return { ...base, success: false, error: Object.values(error.details)[0]?.[0]?.error ?? 'RecordInvalid', details };
    }
    throw error;
  }
}

export const notFound = (base: JobResult): JobResult => ({ ...base, success: false, error: 'RecordNotFound', details: 'Not found' });

/** `?ids=1,2,3` or `?external_ids=a,b`, as the update_many and destroy_many endpoints take them. */
export function idsParam(req: Request): { ids: number[] } | { externalIds: string[] } | undefined {
  const ids = firstQuery(req.query.ids);
  if (ids !== undefined) return { ids: ids.split(',').filter(Boolean).map(Number) };
  const externalIds = firstQuery(req.query.external_ids);
  return externalIds !== undefined ? { externalIds: externalIds.split(',').filter(Boolean) } : undefined;
}

/** Answers the queued job, or 400 when the request holds no items or more than the limit. */
export function startBulk<T>(
  req: Request,
  res: Response,
  state: ZendeskState,
  jobs: Jobs,
  jobType: string,
  items: T[] | undefined,
  run: (item: T, index: number) => JobResult,
): void {
  if (!items || items.length === 0) return sendError(res, 400, 'InvalidValue', 'The request holds no items to process');
  if (items.length > MAX_ITEMS) return sendError(res, 400, 'TooManyItems', `At most ${MAX_ITEMS} items can be processed per request`);
  const job = jobs.start(jobType, items, run, () => state.save());
  res.json({ job_status: jobJson(job, apiBase(req)) });
}
