import type { Database } from '../data/database';
import type { FieldDef, SnRecord } from '../schema';
import { containsMatcher } from './contains';
import type { Clause, Condition } from './parse';
import { valueAt, type ResolvedPath } from './path';

export interface BoundCondition extends Condition {
  path: ResolvedPath;
  /** LIKE / NOT LIKE: the value's linear-time matcher, built once per query. */
  contains?: (text: string) => boolean;
  /** IN / NOT IN: the listed values. */
  listed?: ReadonlySet<string>;
  /** The keyword query (123TEXTQUERY321): matches the whole record, not one field. */
  text?: (record: SnRecord) => boolean;
}

/** Attaches what matching a condition on every row needs, computed once. */
export function prepare(condition: Condition, path: ResolvedPath): BoundCondition {
  const bound: BoundCondition = { ...condition, path };
  if (condition.operator === 'LIKE' || condition.operator === 'NOT LIKE') bound.contains = containsMatcher(condition.value);
  if (condition.operator === 'IN' || condition.operator === 'NOT IN') bound.listed = new Set(condition.value.split(','));
  return bound;
}

export type BoundClause = BoundCondition[];

/** A group matches when every clause does; a clause when any of its conditions does. */
export function matchesGroup(db: Database, record: SnRecord, group: BoundClause[]): boolean {
  return group.every((clause) => clause.some((condition) => matches(db, record, condition)));
}

export function matches(db: Database, record: SnRecord, condition: BoundCondition): boolean {
  if (condition.refused) return false;
  if (condition.text) return condition.text(record);
  const actual = valueAt(db, record, condition.path);
  const expected = condition.value;
  switch (condition.operator) {
    case '=':
      return actual === expected;
    case '!=':
      return actual !== expected;
    case 'LIKE':
      return (condition.contains ?? containsMatcher(expected))(actual);
    case 'NOT LIKE':
      return !(condition.contains ?? containsMatcher(expected))(actual);
    case 'STARTSWITH':
      return actual.startsWith(expected);
    case 'ENDSWITH':
      return actual.endsWith(expected);
    case 'IN':
      return (condition.listed ?? new Set(expected.split(','))).has(actual);
    case 'NOT IN':
      return !(condition.listed ?? new Set(expected.split(','))).has(actual);
    case 'ISEMPTY':
      return actual === '';
    case 'ISNOTEMPTY':
      return actual !== '';
    case '<':
      return actual !== '' && compareValues(condition.path.field, actual, expected) < 0;
    case '>':
      return actual !== '' && compareValues(condition.path.field, actual, expected) > 0;
    case '<=':
      return actual !== '' && compareValues(condition.path.field, actual, expected) <= 0;
    case '>=':
      return actual !== '' && compareValues(condition.path.field, actual, expected) >= 0;
  }
}

const numeric = (value: string) => value !== '' && Number.isFinite(Number(value));

/** Numbers compare as numbers (integers, numeric choices); dates sort as their "YYYY-MM-DD HH:mm:ss" text. */
export function compareValues(field: FieldDef, a: string, b: string): number {
  if ((field.type === 'integer' || field.type === 'choice') && numeric(a) && numeric(b)) return Number(a) - Number(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Drops conditions on fields the table lacks: the instance ignores invalid query parts. */
export function bindClauses(group: Clause[], bind: (c: Condition) => BoundCondition | undefined): BoundClause[] {
  return group.map((clause) => clause.map(bind).filter((c): c is BoundCondition => c !== undefined)).filter((clause) => clause.length > 0);
}
