import { ODataError } from '../http/errors';

/**
 * Tokens of an OData v4 `$filter` (the subset Dataverse documents): names and paths,
 * string, number, GUID and date-time literals, parentheses and commas. Hand-written and
 * linear in the length of the text; no pattern is ever built from the query.
 * https://docs.oasis-open.org/odata/odata/v4.01/odata-v4.01-part2-url-conventions.html#sec_BuiltinFilterOperations
 */
export type Token =
  | { kind: 'name'; text: string; position: number }
  | { kind: 'string'; value: string; position: number }
  | { kind: 'number'; value: number; integer: boolean; position: number }
  | { kind: 'guid'; value: string; position: number }
  | { kind: 'datetime'; value: string; position: number }
  | { kind: '(' | ')' | ','; position: number }
  | { kind: 'end'; position: number };

const isDigit = (c: string) => c >= '0' && c <= '9';
const isHex = (c: string) => isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
const isNameStart = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c === '$';
const isNamePart = (c: string) => isNameStart(c) || isDigit(c) || c === '/' || c === '.';
const GUID_GROUPS = [8, 4, 4, 4, 12];

/** ODataLib's wording for a filter it cannot read. */
export const syntaxError = (position: number, text: string) => ODataError.badQuery(`Syntax error at position ${position} in '${text}'.`);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      i++;
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push({ kind: c, position: i });
      i++;
    } else if (c === "'") {
      i = readString(text, i, tokens);
    } else {
      const guid = guidEnd(text, i);
      const dateTime = guid === undefined ? dateTimeEnd(text, i) : undefined;
      if (guid !== undefined) {
        tokens.push({ kind: 'guid', value: text.slice(i, guid).toLowerCase(), position: i });
        i = guid;
      } else if (dateTime !== undefined) {
        if (Number.isNaN(Date.parse(text.slice(i, dateTime)))) throw syntaxError(i, text);
        tokens.push({ kind: 'datetime', value: text.slice(i, dateTime), position: i });
        i = dateTime;
      } else if (isDigit(c) || ((c === '-' || c === '+') && isDigit(text[i + 1] ?? ''))) {
        i = readNumber(text, i, tokens);
      } else if (isNameStart(c)) {
        let end = i + 1;
        while (end < text.length && isNamePart(text[end])) end++;
        tokens.push({ kind: 'name', text: text.slice(i, end), position: i });
        i = end;
      } else {
        throw syntaxError(i, text);
      }
    }
  }
  tokens.push({ kind: 'end', position: text.length });
  return tokens;
}

/** '...' with '' standing for one quote. */
function readString(text: string, start: number, tokens: Token[]): number {
  let value = '';
  let i = start + 1;
  for (;;) {
    const quote = text.indexOf("'", i);
    // ODataLib reports where it ran out of text, as in the filter-rows page's `O'Bryan` example.
    if (quote < 0) throw ODataError.badQuery(`There is an unterminated literal at position ${text.length} in '${text}'.`);
    value += text.slice(i, quote);
    if (text[quote + 1] === "'") {
      value += "'";
      i = quote + 2;
    } else {
      tokens.push({ kind: 'string', value, position: start });
      return quote + 1;
    }
  }
}

function readNumber(text: string, start: number, tokens: Token[]): number {
  let i = start + 1;
  while (i < text.length && isDigit(text[i])) i++;
  let integer = true;
  if (text[i] === '.' && isDigit(text[i + 1] ?? '')) {
    integer = false;
    i++;
    while (i < text.length && isDigit(text[i])) i++;
  }
  if ((text[i] === 'e' || text[i] === 'E') && (isDigit(text[i + 1] ?? '') || ((text[i + 1] === '-' || text[i + 1] === '+') && isDigit(text[i + 2] ?? '')))) {
    integer = false;
    i += 2;
    while (i < text.length && isDigit(text[i])) i++;
  }
  const value = Number(text.slice(start, i));
  // Type suffixes: 10L, 2.5M, 1.0d.
  if ('LlMmDdFf'.includes(text[i] ?? '#')) {
    if (text[i] !== 'L' && text[i] !== 'l') integer = false;
    i++;
  }
  if (i < text.length && isNamePart(text[i])) throw syntaxError(start, text);
  tokens.push({ kind: 'number', value, integer, position: start });
  return i;
}

/** End of an unquoted GUID literal starting at `start`, if one is there. */
function guidEnd(text: string, start: number): number | undefined {
  let i = start;
  for (let group = 0; group < GUID_GROUPS.length; group++) {
    for (let n = 0; n < GUID_GROUPS[group]; n++, i++) if (!isHex(text[i] ?? '')) return undefined;
    if (group < GUID_GROUPS.length - 1 && text[i++] !== '-') return undefined;
  }
  return i < text.length && isNamePart(text[i]) ? undefined : i;
}

/** End of an unquoted date (2024-05-01) or date-time (2024-05-01T08:30:00Z) literal. */
function dateTimeEnd(text: string, start: number): number | undefined {
  const digits = (from: number, count: number) => {
    for (let n = 0; n < count; n++) if (!isDigit(text[from + n] ?? '')) return false;
    return true;
  };
  if (!digits(start, 4) || text[start + 4] !== '-' || !digits(start + 5, 2) || text[start + 7] !== '-' || !digits(start + 8, 2)) return undefined;
  let i = start + 10;
  if (text[i] === 'T') {
    i++;
    while (i < text.length && (isDigit(text[i]) || ':.+-Z'.includes(text[i]))) i++;
  }
  return i < text.length && isNamePart(text[i]) ? undefined : i;
}
