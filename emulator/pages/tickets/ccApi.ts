import type { Request } from 'express';
import type { ServiceContext } from '../../service';

/**
 * The pages are clients of the contact-center API like any other: they call it over HTTP
 * with the visitor's own session cookie, so they see exactly what the agent may see.
 */
export function ccApi(context: ServiceContext, req: Request) {
  return async <T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<{ status: number; body: T }> => {
    const response = await fetch(`${context.selfUrl()}/cc/v1${path}`, {
      method: init.method ?? 'GET',
      headers: { cookie: req.headers.cookie ?? '', ...(init.body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    return { status: response.status, body: (await response.json()) as T };
  };
}
