import type { Request } from 'express';

/** Zendesk answers with absolute URLs on the account's host; here that is the emulator's own. */
export function apiBase(req: Request): string {
  return `${req.protocol}://${req.get('host')}/api/v2`;
}

export function queryString(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, String(value));
  return search.toString();
}

/** The id in a path segment such as `123` or `123.json`; NaN when it is not an integer. */
export function pathId(value: unknown): number {
  const text = (firstQuery(value) ?? '').replace(/\.json$/, '');
  return /^\d+$/.test(text) ? Number(text) : NaN;
}

export function firstQuery(value: unknown): string | undefined {
  if (Array.isArray(value)) return firstQuery(value[0]);
  return typeof value === 'string' ? value : undefined;
}
