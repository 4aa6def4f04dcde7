import type { Request } from 'express';
import { param } from '../http/params';
import { AGGREGATES, type Aggregate, type Having, type OrderBy, type StatsRequest } from './stats';

const list = (text: string | undefined) => (text ?? '').split(',').map((s) => s.trim()).filter(Boolean);
const OPERATORS = new Set(['=', '!=', '>', '<', '>=', '<=']);
const FUNCTIONS = new Set(['count', ...AGGREGATES]);

/** `aggregate^field^operator^value`, several joined by commas (sysparm_having); malformed parts are ignored. */
export function parseHaving(text: string | undefined): Having[] {
  return list(text).flatMap((part) => {
    const [aggregate, field, operator, value] = part.split('^');
    const fn = aggregate?.toLowerCase();
    if (!FUNCTIONS.has(fn) || !OPERATORS.has(operator) || value === undefined || !Number.isFinite(Number(value))) return [];
    return [{ aggregate: fn as Having['aggregate'], field, operator: operator as Having['operator'], value: Number(value) }];
  });
}

/** `AVG^state`, `COUNT^DESC`, `state^DESC`, comma-separated (sysparm_order_by). */
export function parseOrderBy(text: string | undefined): OrderBy[] {
  return list(text).map((part) => {
    const pieces = part.split('^');
    const descending = pieces[pieces.length - 1].toUpperCase() === 'DESC';
    if (descending) pieces.pop();
    const fn = pieces[0].toLowerCase();
    if (FUNCTIONS.has(fn)) return { aggregate: fn as OrderBy['aggregate'], field: pieces[1], descending };
    return { field: pieces[0], descending };
  });
}

export function statsRequest(req: Request, timeZone: string): StatsRequest {
  const mode = param(req, 'sysparm_display_value')?.toLowerCase();
  return {
    count: param(req, 'sysparm_count')?.toLowerCase() === 'true',
    fields: Object.fromEntries(AGGREGATES.map((a) => [a, list(param(req, `sysparm_${a}_fields`))])) as Record<Aggregate, string[]>,
    groupBy: list(param(req, 'sysparm_group_by')),
    having: parseHaving(param(req, 'sysparm_having')),
    orderBy: parseOrderBy(param(req, 'sysparm_order_by')),
    displayValue: mode === 'true' || mode === 'all' ? mode : 'false',
    timeZone,
  };
}
