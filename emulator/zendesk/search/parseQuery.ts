/**
 * Zendesk's search syntax, the subset the emulator understands
 * (https://support.zendesk.com/hc/en-us/articles/4408886879258-Zendesk-Support-search-reference):
 * `field:value`, `field<value`, `field>value`, `field<=value`, `field>=value`, `"exact phrase"`,
 * `-term` to exclude, and bare words searched over the record's text.
 */
export type Operator = ':' | '<' | '>' | '<=' | '>=';

export interface Term {
  field: string | null;
  op: Operator;
  value: string;
  negate: boolean;
}

const TOKEN = /(-?)(?:([a-z_]+)(:|<=|>=|<|>))?(?:"([^"]*)"|(\S+))/gi;

export function parseQuery(query: string): Term[] {
  const terms: Term[] = [];
  for (const match of query.matchAll(TOKEN)) {
    const [, minus, field, op, quoted, bare] = match;
    const value = quoted ?? bare ?? '';
    if (!field && !value) continue;
    terms.push({ field: field ? field.toLowerCase() : null, op: (op as Operator) ?? ':', value, negate: minus === '-' });
  }
  return terms;
}

/** Compares a value with a term's operator; dates and ordered values compare as numbers. */
export function compare(actual: number, op: Operator, expected: number): boolean {
  switch (op) {
    case '<':
      return actual < expected;
    case '>':
      return actual > expected;
    case '<=':
      return actual <= expected;
    case '>=':
      return actual >= expected;
    default:
      return actual === expected;
  }
}

const UNITS: Record<string, number> = { minute: 60, hour: 3600, day: 86_400, week: 604_800, month: 2_592_000, year: 31_536_000 };

/**
 * A date term's value as a [start, end) range in epoch seconds: `2024-01-01` (that day),
 * an ISO timestamp (that second) or a relative `4hours` / `2days` (that long before now).
 */
export function dateRange(value: string, now: Date): [number, number] | null {
  const relative = /^(\d+)(minute|hour|day|week|month|year)s?$/i.exec(value);
  if (relative) {
    const at = Math.floor(now.getTime() / 1000) - Number(relative[1]) * UNITS[relative[2].toLowerCase()];
    return [at, at + 1];
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const start = Date.parse(`${value}T00:00:00Z`) / 1000;
    return Number.isNaN(start) ? null : [start, start + 86_400];
  }
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : [Math.floor(at / 1000), Math.floor(at / 1000) + 1];
}

/** Whether a time (epoch seconds) satisfies a date term: `created>2024-01-01` means after that day. */
export function matchesDate(seconds: number | null, op: Operator, value: string, now: Date): boolean {
  const range = dateRange(value, now);
  if (!range || seconds === null) return false;
  const [start, end] = range;
  if (op === '<') return seconds < start;
  if (op === '<=') return seconds < end;
  if (op === '>') return seconds >= end;
  if (op === '>=') return seconds >= start;
  return seconds >= start && seconds < end;
}

/** Word-wise text match: every word of the term appears in the text, case- and accent-blind. */
export function matchesText(text: string, value: string): boolean {
  const haystack = fold(text);
  return fold(value)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
