import type { Request, Response } from 'express';
import type { Database } from '../data/database';
import type { Registry } from '../schema/registry';
import { requestOrigin } from './origin';

/** What every Web API handler works with. */
export interface WebApiEnv {
  db: Database;
  registry: Registry;
  /** Persists the namespace; awaited before a write is answered. */
  save(): Promise<void>;
}

/** `https://org/api/data/v9.2`: the service root the request used. */
export const serviceRoot = (req: Request): string => `${requestOrigin(req)}/api/data/${req.params.version}`;

/** Every answer carries OData-Version 4.0; JSON bodies are odata.metadata=minimal. */
export function sendJson(res: Response, status: number, body: unknown): void {
  res.status(status).set('OData-Version', '4.0').type('application/json; odata.metadata=minimal').send(JSON.stringify(body));
}

/** The query string's options as single strings (a repeated option keeps its first value). */
export function queryParams(req: Request): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.query as Record<string, unknown>)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string') params[name] = first;
  }
  return params;
}
