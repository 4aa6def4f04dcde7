import type { Database } from '../data/database';
import type { Expand } from '../query/options';
import type { Registry } from '../schema/registry';
import { isLookup, isLookupValue, lookupPropertyName, type AttributeDef, type Entity, type Row } from '../schema/types';
import { formattedValue } from './format';

export const FORMATTED = 'OData.Community.Display.V1.FormattedValue';
export const NAVIGATION = 'Microsoft.Dynamics.CRM.associatednavigationproperty';
export const LOGICAL_NAME = 'Microsoft.Dynamics.CRM.lookuplogicalname';

export interface RenderContext {
  db: Database;
  registry: Registry;
  /** Whether the request's `odata.include-annotations` preference asks for this annotation. */
  wants(annotation: string): boolean;
}

export const etagOf = (row: Row): string => `W/"${row.versionnumber}"`;

/**
 * One record as the Web API returns it: `@odata.etag` first, each property preceded by
 * its annotations, lookups as `_<name>_value`, the primary key last, then any expanded
 * single-valued navigation properties.
 * https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/select-columns
 */
export function renderRow(context: RenderContext, entity: Entity, row: Row, select?: string[], expand: Expand[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = { '@odata.etag': etagOf(row) };
  const names = select ?? entity.attributes.map((a) => (isLookup(a) ? lookupPropertyName(a.logicalName) : a.logicalName));
  for (const name of names) {
    if (name === entity.primaryIdAttribute) continue;
    const attribute = entity.byName.get(name.startsWith('_') && name.endsWith('_value') ? name.slice(1, -6) : name);
    if (attribute) renderProperty(context, row, attribute, name, out);
  }
  out[entity.primaryIdAttribute] = row[entity.primaryIdAttribute];
  for (const item of expand) {
    const value = row[item.attribute];
    const related = isLookupValue(value) && value.entity === item.target.entity ? context.db.get(value.entity, value.id) : undefined;
    out[item.navigation] = related ? renderRow(context, item.entity, related, item.select, item.expand) : null;
  }
  return out;
}

function renderProperty(context: RenderContext, row: Row, attribute: AttributeDef, name: string, out: Record<string, unknown>): void {
  const value = row[attribute.logicalName] ?? null;
  if (isLookupValue(value)) {
    const formatted = formattedValue(context.db, context.registry, attribute, value);
    if (formatted !== undefined && context.wants(FORMATTED)) out[`${name}@${FORMATTED}`] = formatted;
    const navigation = attribute.targets?.find((t) => t.entity === value.entity)?.navigation;
    if (navigation && context.wants(NAVIGATION)) out[`${name}@${NAVIGATION}`] = navigation;
    if (context.wants(LOGICAL_NAME)) out[`${name}@${LOGICAL_NAME}`] = value.entity;
    out[name] = value.id;
    return;
  }
  const formatted = formattedValue(context.db, context.registry, attribute, value);
  if (formatted !== undefined && context.wants(FORMATTED)) out[`${name}@${FORMATTED}`] = formatted;
  out[name] = value;
}

/** The `@odata.context` select list: `contacts(fullname,parentcustomerid_account(name))`. */
export function contextSelect(select: string[] | undefined, expand: Expand[]): string {
  const parts = [...(select ?? []), ...expand.map((e) => `${e.navigation}(${contextSelect(e.select, e.expand)})`)];
  return parts.join(',');
}
