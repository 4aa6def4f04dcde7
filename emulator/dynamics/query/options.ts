import { ODataError } from '../http/errors';
import type { Registry } from '../schema/registry';
import type { Entity, LookupTarget } from '../schema/types';
import { bindFilter, resolvePath, type BoundNode, type Path } from './bind';
import { parseFilter } from './filter';

/**
 * The system query options Dataverse supports on an entity set: $select, $filter,
 * $orderby, $top, $expand (single-valued navigation properties), $count.
 * https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/overview#odata-query-options
 */
export interface Expand {
  navigation: string;
  attribute: string;
  target: LookupTarget;
  entity: Entity;
  select?: string[];
  expand: Expand[];
}

export interface OrderKey {
  path: Path;
  descending: boolean;
}

export interface QueryOptions {
  filter?: BoundNode;
  select?: string[];
  orderBy: OrderKey[];
  top?: number;
  expand: Expand[];
  count: boolean;
  skiptoken?: string;
}

const SUPPORTED = new Set(['$select', '$filter', '$orderby', '$top', '$expand', '$count', '$skiptoken']);

export function parseQueryOptions(registry: Registry, entity: Entity, params: Record<string, string | undefined>): QueryOptions {
  for (const name of Object.keys(params)) {
    if (name.startsWith('$') && !SUPPORTED.has(name)) throw ODataError.badQuery(`The query parameter '${name}' is not supported.`);
  }
  const { $filter, $select, $orderby, $top, $expand, $count, $skiptoken } = params;
  const options: QueryOptions = { orderBy: [], expand: [], count: false, skiptoken: $skiptoken };
  if ($filter !== undefined) options.filter = bindFilter(registry, entity, parseFilter($filter));
  if ($select !== undefined) options.select = parseSelect(registry, entity, $select);
  if ($orderby !== undefined) options.orderBy = parseOrderBy(registry, entity, $orderby);
  if ($top !== undefined) {
    const top = Number($top);
    if (!/^\d+$/.test($top) || !Number.isSafeInteger(top)) {
      throw ODataError.badQuery(`Invalid value '${$top}' for $top query option found. The $top query option requires a non-negative integer value.`);
    }
    options.top = top;
  }
  if ($expand !== undefined) options.expand = parseExpand(registry, entity, $expand);
  if ($count !== undefined) {
    if ($count !== 'true' && $count !== 'false') throw ODataError.badQuery(`'${$count}' is not a valid count option.`);
    options.count = $count === 'true';
  }
  return options;
}

/** Columns and `_<lookup>_value` properties; the primary key is always returned anyway. */
export function parseSelect(registry: Registry, entity: Entity, text: string): string[] {
  const names = splitTopLevel(text, ',').map((n) => n.trim());
  for (const name of names) {
    if (name === '' || name.includes('/')) throw ODataError.badQuery(`Syntax error at position ${text.length} in '${text}'.`);
    resolvePath(registry, entity, name);
  }
  return [...new Set(names)];
}

function parseOrderBy(registry: Registry, entity: Entity, text: string): OrderKey[] {
  return splitTopLevel(text, ',').map((item) => {
    const words = item.trim().split(/\s+/);
    if (words.length > 2 || (words[1] !== undefined && words[1] !== 'asc' && words[1] !== 'desc')) {
      throw ODataError.badQuery(`Syntax error at position ${item.length} in '${text}'.`);
    }
    return { path: resolvePath(registry, entity, words[0]), descending: words[1] === 'desc' };
  });
}

/** `nav($select=a,b;$expand=nav2($select=c))`, comma-separated. */
export function parseExpand(registry: Registry, entity: Entity, text: string): Expand[] {
  return splitTopLevel(text, ',').map((raw) => {
    const item = raw.trim();
    const open = item.indexOf('(');
    const name = open < 0 ? item : item.slice(0, open);
    if (open >= 0 && !item.endsWith(')')) throw ODataError.badQuery(`Syntax error at position ${item.length} in '${text}'.`);
    const navigation = entity.navigation.get(name);
    const target = navigation && registry.byLogicalName(navigation.target.entity);
    if (!navigation || !target) throw ODataError.noProperty(name, entity.logicalName);
    const expand: Expand = { navigation: name, attribute: navigation.attribute.logicalName, target: navigation.target, entity: target, expand: [] };
    const inner = open < 0 ? '' : item.slice(open + 1, -1);
    for (const option of splitTopLevel(inner, ';')) {
      if (option.trim() === '') continue;
      const eq = option.indexOf('=');
      const key = option.slice(0, eq).trim();
      const value = option.slice(eq + 1);
      if (key === '$select') expand.select = parseSelect(registry, target, value);
      else if (key === '$expand') expand.expand = parseExpand(registry, target, value);
      else throw ODataError.badQuery(`The query option '${key}' is not supported on the single-valued navigation property '${name}'.`);
    }
    return expand;
  });
}

/** Splits on `separator` outside parentheses and quotes. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'") quoted = !quoted;
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')') depth--;
    else if (!quoted && depth === 0 && c === separator) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
