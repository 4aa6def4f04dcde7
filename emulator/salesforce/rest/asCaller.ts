import type { Request } from 'express';
import { dispatch } from '../../http/inProcess';

/**
 * A Composite or Composite Batch subrequest served in-process with the caller's own session
 * (its Authorization header or cookie); its body as JSON, `null` when empty.
 */
export async function asCaller(req: Request, method: string, url: string, body?: string): Promise<{ status: number; body: unknown }> {
  const answer = await dispatch(req, {
    method,
    url,
    headers: { authorization: req.headers.authorization ?? '', cookie: req.headers.cookie ?? '', 'content-type': 'application/json' },
    body,
  });
  return { status: answer.status, body: answer.body.length ? (JSON.parse(answer.body.toString('utf8')) as unknown) : null };
}
