import type { SfRecord } from '../../model/types';
import { positioned, columnOf } from '../errors';
import type { FieldPath } from './paths';
import { compileWildcard, matchesWildcard, type Wildcard, type WildcardPart } from '../wildcard';
import { comparable, kindOf, mismatch, operandComparable, type Operand } from './values';

export type Operator = '=' | '!=' | '<>' | '<' | '>' | '<=' | '>=' | 'LIKE' | 'IN' | 'NOT IN' | 'INCLUDES' | 'EXCLUDES';

/** What a condition needs to read a record. */
export type Reader = (record: SfRecord, path: FieldPath) => unknown;

/** An id literal must look like a 15 or 18 character id; Salesforce refuses anything else in an id filter. */
const idShape = /^[0-9A-Za-z]{15}(?:[0-9A-Za-z]{3})?$/;

/**
 * "Strings in SOQL WHERE clauses: 4,000 characters for each string." The limit is documented,
 * its error is not; it is reported as the malformed query it makes.
 * https://developer.salesforce.com/docs/atlas.en-us.salesforce_app_limits_cheatsheet.meta/salesforce_app_limits_cheatsheet/salesforce_app_limits_platform_soslsoql.htm
 */
const MAX_FILTER_STRING = 4000;

/** Compiles `path op operand(s)` into a record predicate. */
export function compileCondition(path: FieldPath, operator: Operator, operands: Operand[], statement: string, read: Reader): (record: SfRecord) => boolean {
  for (const operand of operands) {
    if (operand.kind === 'string' && operand.value.length > MAX_FILTER_STRING) {
      throw positioned('MALFORMED_QUERY', statement, columnOf(statement, path.text),
        `String in filter criterion for field '${path.field.name}' is longer than ${MAX_FILTER_STRING} characters`);
    }
    const expected = mismatch(path.field, operand);
    if (expected) {
      const quoted = expected === 'string' || expected === 'id' || expected === 'reference';
      throw positioned('INVALID_FIELD', statement, columnOf(statement, path.text),
        `value of filter criterion for field '${path.field.name}' must be of type ${expected} and should ${quoted ? '' : 'not '}be enclosed in quotes`);
    }
    if (kindOf(path.field) === 'id' && operator !== 'LIKE' && operand.kind === 'string' && operand.value !== '' && !idShape.test(operand.value)) {
      throw positioned('INVALID_QUERY_FILTER_OPERATOR', statement, columnOf(statement, `'${operand.raw}'`), `invalid ID field: ${operand.value}`);
    }
  }
  const kind = kindOf(path.field);
  const valueOf = (record: SfRecord) => comparable(kind, read(record, path));
  const targets = operands.map((o) => operandComparable(kind, o));
  const equals = (value: ReturnType<typeof valueOf>, index: number) => {
    const operand = operands[index];
    if (operand.kind === 'range') return typeof value === 'number' && value >= operand.range.start && value < operand.range.end;
    return value === targets[index];
  };
  switch (operator) {
    case '=': return (r) => equals(valueOf(r), 0);
    case '!=':
    case '<>': return (r) => !equals(valueOf(r), 0);
    case 'IN': return (r) => { const v = valueOf(r); return operands.some((_o, i) => equals(v, i)); };
    case 'NOT IN': return (r) => { const v = valueOf(r); return !operands.some((_o, i) => equals(v, i)); };
    case 'LIKE': {
      const patterns = operands.map((o) => (o.kind === 'string' ? likePattern(o.raw) : null));
      return (r) => { const v = read(r, path); return v !== null && v !== undefined && patterns.some((p) => p !== null && matchesWildcard(p, String(v))); };
    }
    case 'INCLUDES':
    case 'EXCLUDES': {
      const wanted = operands.map((o) => (o.kind === 'string' ? o.value.toLowerCase().split(';').map((s) => s.trim()) : []));
      const includes = (r: SfRecord) => {
        const v = read(r, path);
        const chosen = new Set(typeof v === 'string' ? v.toLowerCase().split(';') : []);
        return wanted.some((all) => all.every((x) => chosen.has(x)));
      };
      return operator === 'INCLUDES' ? includes : (r) => !includes(r);
    }
    default: return ordering(operator, operands[0], targets[0], valueOf);
  }
}

function ordering(operator: Operator, operand: Operand, target: ReturnType<typeof comparable>, valueOf: (r: SfRecord) => ReturnType<typeof comparable>): (r: SfRecord) => boolean {
  const [low, high] = operand.kind === 'range' ? [operand.range.start, operand.range.end] : [target, target];
  const exclusiveHigh = operand.kind === 'range';
  return (r) => {
    const v = valueOf(r);
    if (v === null || low === null || high === null) return false;
    switch (operator) {
      case '<': return v < low;
      case '>=': return v >= low;
      case '<=': return exclusiveHigh ? v < high : v <= high;
      default: return exclusiveHigh ? v >= high : v > high;
    }
  };
}

/**
 * LIKE: `%` any run, `_` one character, `\%` and `\_` literal; case-insensitive. Matched by
 * the non-backtracking wildcard matcher, so `'%%%%%%%%%%%%!'` costs what `'%!'` does.
 * https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_comparisonoperators.htm
 */
function likePattern(raw: string): Wildcard {
  const parts: WildcardPart[] = [];
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\\' && i + 1 < raw.length) {
      const next = raw[++i];
      parts.push({ literal: next === 'n' ? '\n' : next === 't' ? '\t' : next });
    } else if (c === '%') parts.push('any');
    else if (c === '_') parts.push('one');
    else parts.push({ literal: c });
  }
  return compileWildcard(parts);
}
