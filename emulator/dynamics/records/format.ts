import type { Database } from '../data/database';
import type { Registry } from '../schema/registry';
import { isLookupValue, type AttributeDef, type Value } from '../schema/types';

/**
 * Formatted values: choice labels, yes/no labels, the primary name of a lookup's record,
 * numbers with separators and dates in the user's format (en-US, UTC here).
 * https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/select-columns#formatted-values
 */
export function formattedValue(db: Database, registry: Registry, attribute: AttributeDef, value: Value | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (isLookupValue(value)) {
    const target = registry.byLogicalName(value.entity);
    const name = target && db.get(value.entity, value.id)?.[target.primaryNameAttribute];
    return typeof name === 'string' ? name : undefined;
  }
  switch (attribute.type) {
    case 'picklist':
    case 'state':
    case 'status':
      return attribute.options?.find((o) => o.value === value)?.label;
    case 'boolean':
      return attribute.options?.find((o) => o.value === Number(value))?.label ?? (value ? 'Yes' : 'No');
    case 'integer':
    case 'bigint':
      return typeof value === 'number' ? value.toLocaleString('en-US') : undefined;
    case 'decimal':
      return typeof value === 'number' ? value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : undefined;
    case 'datetime':
      return typeof value === 'string' ? formatDateTime(value) : undefined;
    default:
      return undefined;
  }
}

/** "4/7/2023 2:59 PM", as the select-columns page shows a modifiedon value. */
export function formatDateTime(iso: string): string | undefined {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  const hours = date.getUTCHours();
  const minutes = String(date.getUTCMinutes()).padStart(2, '0');
  const clock = `${hours % 12 === 0 ? 12 : hours % 12}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`;
  return `${date.getUTCMonth() + 1}/${date.getUTCDate()}/${date.getUTCFullYear()} ${clock}`;
}

/** Dataverse writes date-times as `2023-04-07T21:59:01Z`: UTC, whole seconds. */
export const isoSeconds = (date: Date): string => `${date.toISOString().slice(0, 19)}Z`;
