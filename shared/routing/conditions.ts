import { fieldAt } from '../facts/factValues';
import type { RoutingCondition } from './ruleSchema';

type Fields = Readonly<Record<string, unknown>>;


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

/** The value a condition tests: the caller's fact, or the record's field for rules written on fields. */
const testedValue = (condition: RoutingCondition, fields: Fields, facts: Fields) =>
  condition.fact !== undefined ? (Object.hasOwn(facts, condition.fact) ? facts[condition.fact] : undefined) : fieldAt(fields, condition.field ?? '');

export function conditionHolds(condition: RoutingCondition, fields: Fields, facts: Fields = {}): boolean {
  const actual = testedValue(condition, fields, facts);
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
