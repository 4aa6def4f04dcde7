import type { RoutingCondition } from './ruleSchema';

type Fields = Readonly<Record<string, unknown>>;

/** A field by dotted path (`Account.Priority__c`), as Salesforce and ServiceNow nest related records. */
export function fieldValue(fields: Fields, path: string): unknown {
  let value: unknown = fields;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Fields)[part];
  }
  return value;
}

const isPresent = (value: unknown) => value !== undefined && value !== null && value !== '';

const same = (a: unknown, b: unknown): boolean =>
  typeof a === 'string' && typeof b === 'string' ? a.trim().toLowerCase() === b.trim().toLowerCase() : a === b || String(a) === String(b);

const asNumber = (value: unknown): number | null => {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : null;
};

/**
 * The values of a field: a list, a Salesforce multi-select picklist ("Fibre 1G;TV Plus")
 * or one value.
 */
function valuesOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string' && value.includes(';')) return value.split(';').map((v) => v.trim());
  return [value];
}

export function conditionHolds(condition: RoutingCondition, fields: Fields): boolean {
  const actual = fieldValue(fields, condition.field);
  const expected = condition.value;
  switch (condition.op) {
    case 'exists':
      return isPresent(actual) === (expected ?? true);
    case 'eq':
      return isPresent(actual) && same(actual, expected);
    case 'in':
      return isPresent(actual) && (expected as unknown[]).some((e) => valuesOf(actual).some((a) => same(a, e)));
    case 'contains':
      if (typeof actual === 'string' && !actual.includes(';')) return actual.toLowerCase().includes(String(expected).toLowerCase());
      return valuesOf(actual).some((a) => same(a, expected));
    case 'gte':
    case 'lte': {
      const n = asNumber(actual);
      if (n === null) return false;
      return condition.op === 'gte' ? n >= (expected as number) : n <= (expected as number);
    }
  }
}
