import type { z } from 'zod';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Who may call a route: anyone, any signed-in agent, an admin, or a push source with its API key (`X-API-Key`). */
export type RouteAccess = 'public' | 'agent' | 'admin' | 'source-key';

/**
 * One `/cc/v1` route as data: the server validates with it, the client is typed by it and
 * the OpenAPI document is generated from it (ARCHITECTURE rule 10).
 */
export interface RouteDef {
  operationId: string;
  method: HttpMethod;
  /** OpenAPI-style path under `/cc/v1`, e.g. `/interactions/{id}/links`. */
  path: string;
  summary: string;
  tag: string;
  access: RouteAccess;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Success responses by status. */
  responses: Partial<Record<200 | 201 | 202 | 204, z.ZodType>>;
  /** Error statuses the route documents besides 400 and 401. */
  errors?: readonly number[];
  /**
   * The error code of a 400 for invalid input: one code, or one per top-level field
   * (`default` for the rest). Unset: `invalid_request`.
   */
  invalidCode?: string | Readonly<Record<string, string>>;
  /** The response is a Server-Sent Events stream (its events are in `events.ts`). */
  stream?: true;
}

/** Keeps each route's literal types while checking it is a route. */
export const defineRoute = <const R extends RouteDef>(route: R): R => route;

type Shape<S> = S extends z.ZodType ? z.input<S> : never;

/** What a caller passes for a route: path parameters, query and body, as the route declares them. */
export type RouteInput<R extends RouteDef> = (R['params'] extends z.ZodObject ? { params: Shape<R['params']> } : { params?: undefined }) &
  (R['query'] extends z.ZodObject ? { query?: Shape<R['query']> } : { query?: undefined }) &
  (R['body'] extends z.ZodType ? (undefined extends Shape<R['body']> ? { body?: Shape<R['body']> } : { body: Shape<R['body']> }) : { body?: undefined });

/** The success body of a route (each route has one success status). */
export type RouteResponse<R extends RouteDef> = z.output<NonNullable<R['responses'][keyof R['responses']]>>;

/** `/interactions/{id}` → `/interactions/:id` for Express. */
export const expressPath = (path: string): string => path.replace(/\{(\w+)\}/g, ':$1');

/** Fills `{name}` placeholders with URI-encoded values. */
export function fillPath(path: string, params: Record<string, string> | undefined): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
}
