import type { Request, RequestHandler, Response, Router } from 'express';
import type { z } from 'zod';
import { expressPath, formatPath, type RouteDef } from '../../../shared';
import { requireAdmin } from '../auth/sessions';
import { jsonBody, jsonBodyUpTo } from './body';
import { sendError } from './respond';

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

/** The request as the route's schemas parsed it. */
export interface ValidInput<R extends RouteDef> {
  params: Out<R['params']>;
  query: Out<R['query']>;
  body: Out<R['body']>;
}

type Responses<R extends RouteDef> = R['responses'];
type Reply<R extends RouteDef> = <S extends keyof Responses<R> & number>(status: S, body: z.input<NonNullable<Responses<R>[S]>>) => void;

export type EndpointHandler<R extends RouteDef> = (input: ValidInput<R>, io: { req: Request; res: Response; reply: Reply<R> }) => unknown;

interface EndpointOptions {
  /** The handler validates the body itself (the configuration reports its own error code). */
  ownBodyValidation?: boolean;
  /** Checks that run first (a push source's key stands in for the session). */
  before?: RequestHandler[];
  /** A larger JSON body than the API's usual 256 kB (a push batch). */
  bodyLimit?: string;
}

type Issue = { path: string; message: string; in: 'params' | 'query' | 'body' };

function validate(route: RouteDef, req: Request, options: EndpointOptions): { input: Record<string, unknown>; issues: Issue[] } {
  const input: Record<string, unknown> = {};
  const issues: Issue[] = [];
  const parts = [
    ['params', route.params, req.params],
    ['query', route.query, req.query],
    ['body', options.ownBodyValidation ? undefined : route.body, req.body],
  ] as const;
  for (const [where, schema, value] of parts) {
    if (!schema) {
      input[where] = where === 'body' ? req.body : undefined;
      continue;
    }
    const parsed = schema.safeParse(value ?? (where === 'body' ? undefined : {}));
    if (parsed.success) input[where] = parsed.data;
    else issues.push(...parsed.error.issues.map((issue) => ({ in: where, path: formatPath(issue.path), message: issue.message })));
  }
  return { input, issues };
}

function invalidCodeOf(route: RouteDef, path: string): string {
  const code = route.invalidCode;
  if (typeof code === 'string') return code;
  const field = path.split(/[.[]/)[0];
  return (code && Object.hasOwn(code, field) ? code[field] : code?.default) ?? 'invalid_request';
}

/**
 * Mounts one contract route (shared/contract): JSON body, admin check, validation of path,
 * query and body (400 with every error and its path), then the handler with typed input.
 */
export function endpoint<R extends RouteDef>(router: Router, route: R, handler: EndpointHandler<R>, options: EndpointOptions = {}): void {
  const before: RequestHandler[] = [...(options.before ?? [])];
  if (route.access === 'admin') before.push(requireAdmin);
  if (route.body) before.push(options.bodyLimit ? jsonBodyUpTo(options.bodyLimit) : jsonBody);
  router[route.method](expressPath(route.path), ...before, async (req: Request, res: Response) => {
    res.locals.operationId = route.operationId;
    const { input, issues } = validate(route, req, options);
    if (issues.length > 0) {
      const first = issues[0];
      return sendError(res, 400, invalidCodeOf(route, first.path), { message: `${first.path || first.in}: ${first.message}`, errors: issues });
    }
    const reply = ((status: number, body: unknown) => res.status(status).json(body)) as Reply<R>;
    await handler(input as unknown as ValidInput<R>, { req, res, reply });
  });
}
