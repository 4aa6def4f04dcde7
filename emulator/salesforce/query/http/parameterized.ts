import { SfQueryError } from '../errors';
import type { ReturningSpec, SearchGroup, SoslQuery } from '../sosl/parse';

/** The POST body of parameterizedSearch, or the GET query parameters mapped onto it. */
export interface ParameterizedRequest {
  q?: unknown;
  in?: unknown;
  fields?: unknown;
  sobjects?: unknown;
  overallLimit?: unknown;
  defaultLimit?: unknown;
}

interface ObjectRequest {
  name: string;
  fields?: string[];
  where?: string;
  limit?: number;
}

const groups = new Set(['ALL', 'NAME', 'EMAIL', 'PHONE']);

/**
 * parameterizedSearch is SOSL without the syntax: `q`, `in`, `fields`, `sobjects` (POST) or
 * `sobject` with `{Object}.fields`, `{Object}.where`, `{Object}.limit` (GET).
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_search_parameterized.htm
 */
export function fromParameters(body: ParameterizedRequest): SoslQuery {
  if (typeof body.q !== 'string' || body.q.trim().length < 2) {
    throw new SfQueryError('MALFORMED_SEARCH', 'search term must be longer than one character');
  }
  const group = typeof body.in === 'string' ? body.in.toUpperCase() : 'ALL';
  if (!groups.has(group)) throw new SfQueryError('INVALID_SEARCH_SCOPE', `Invalid search scope: ${String(body.in)}`);
  const globalFields = list(body.fields);
  const defaultLimit = Number(body.defaultLimit) || undefined;
  const objects = Array.isArray(body.sobjects) ? (body.sobjects as ObjectRequest[]) : [];
  const returning: ReturningSpec[] = objects.map((o) => {
    if (!o || typeof o.name !== 'string' || !/^[A-Za-z][A-Za-z0-9_]*$/.test(o.name)) throw new SfQueryError('INVALID_TYPE', 'sobject name is required');
    const fields = (list(o.fields).length ? list(o.fields) : globalFields.length ? globalFields : ['Id']).join(', ');
    const limit = Number(o.limit) || defaultLimit;
    const soql = `SELECT ${fields} FROM ${o.name}${o.where ? ` WHERE ${o.where}` : ''}${limit ? ` LIMIT ${limit}` : ''}`;
    return { objectName: o.name, soql };
  });
  return { term: body.q.replace(/[{}]/g, ' ').trim(), group: group as SearchGroup, returning, limit: Math.min(2000, Number(body.overallLimit) || 2000) };
}

/** GET form: `sobject=Contact&Contact.fields=Id,Name&Contact.limit=10`. */
export function fromQueryString(query: Record<string, unknown>): SoslQuery {
  const names = ([] as unknown[]).concat(query.sobject ?? []).map(String);
  const sobjects: ObjectRequest[] = names.map((name) => ({
    name,
    fields: list(query[`${name}.fields`]),
    where: typeof query[`${name}.where`] === 'string' ? (query[`${name}.where`] as string) : undefined,
    limit: Number(query[`${name}.limit`]) || undefined,
  }));
  return fromParameters({ q: query.q, in: query.in, fields: query.fields, sobjects, overallLimit: query.overallLimit, defaultLimit: query.defaultLimit });
}

function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String).map((s) => s.trim()).filter(Boolean);
  return typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : [];
}
