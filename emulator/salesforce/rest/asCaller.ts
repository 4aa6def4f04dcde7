import type { Request, RequestHandler } from 'express';
import { dispatch } from '../../http/inProcess';

/** A Composite or Composite Batch subrequest, run as the batch's caller; its answer's body as JSON, `null` when empty. */
export type AsCaller = (req: Request, method: string, url: string, body?: string) => Promise<{ status: number; body: unknown }>;

/** The data API's own paths: a subrequest to one of them needs none of the emulator's other routes. */
const DATA_API = /^\/services\/data\/v\d/;

/**
 * Subrequests served in-process with the caller's own session (its Authorization header or
 * cookie, checked again as on any request): straight into `dataApi` (the routes under
 * /services/data) when the URL is one of its, which spares the walk through every other
 * emulated part's routes; any other URL through the whole app, which answers it as it would.
 */
export function asCallerInto(dataApi: RequestHandler): AsCaller {
  return async (req, method, url, body) => {
    const headers = { authorization: req.headers.authorization ?? '', cookie: req.headers.cookie ?? '', 'content-type': 'application/json' };
    const answer = await dispatch(req, { method, url, headers, body }, DATA_API.test(url) ? dataApi : undefined);
    return { status: answer.status, body: answer.body.length ? (JSON.parse(answer.body.toString('utf8')) as unknown) : null };
  };
}
