import { compileWildcard, type Wildcard, type WildcardPart } from '../wildcard';
import { fold, tokenize } from './tokens';

/** One search word or quoted phrase; `negated` after AND NOT. */
export interface Term {
  words: string[];
  /** A quoted phrase must appear as written, not just word by word. */
  phrase?: string;
  /**
   * A term with escaped reserved characters (`maria\*@acme.example`): those characters are
   * literal text, so a field must hold the term as written, not just its words.
   */
  literal?: Wildcard;
  negated: boolean;
}

/** OR of ANDs: SOSL's implicit operator between words is AND. */
export type TermExpression = Term[][];

/** One character of the search query; `escaped` when a backslash made it literal. */
interface Char {
  c: string;
  escaped: boolean;
}

/** "If SearchQuery is longer than 4,000 characters, any logical operators are removed." */
const OPERATORS_DROPPED_ABOVE = 4000;

/**
 * Splits `"Maria Garcia" OR jose*` into alternatives of required terms; parentheses only
 * group and are dropped. A backslash makes the next character literal, as for the reserved
 * characters `& | ! ( ) { } [ ] ^ " ~ * ? : \ ' + -`.
 * https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_sosl_find.htm
 * https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_sosl_syntax.htm
 */
export function parseTerms(term: string): TermExpression {
  const withOperators = term.length <= OPERATORS_DROPPED_ABOVE;
  const alternatives: TermExpression = [[]];
  let negate = false;
  for (const { chars, quoted } of pieces(term)) {
    const plain = chars.some((ch) => ch.escaped) ? undefined : chars.map((ch) => ch.c).join('').toUpperCase();
    if (!quoted && (plain === 'OR' || plain === 'AND' || plain === 'NOT')) {
      if (!withOperators) continue;
      if (plain === 'OR') alternatives.push([]);
      else if (plain === 'NOT') negate = true;
      continue;
    }
    const text = chars.map((ch) => ch.c).join('');
    const words = quoted ? tokenize(text) : wildcardWords(chars);
    if (words.length) {
      const literal = !quoted && chars.some((ch) => ch.escaped && !isWordChar(ch.c)) ? literalPattern(chars) : undefined;
      alternatives[alternatives.length - 1].push({ words, phrase: quoted ? fold(text) : undefined, literal, negated: negate });
    }
    negate = false;
    if (!withOperators) alternatives.push([]);
  }
  return alternatives.filter((a) => a.length > 0);
}

const isWordChar = (c: string) => /^[\p{L}\p{N}]$/u.test(fold(c));
const isWildcard = (ch: Char) => !ch.escaped && (ch.c === '*' || ch.c === '?');

/** Pieces separated by unescaped spaces and parentheses; a quoted run is one piece. */
function pieces(term: string): { chars: Char[]; quoted: boolean }[] {
  const found: { chars: Char[]; quoted: boolean }[] = [];
  let current: Char[] = [];
  let quoted = false;
  const close = () => {
    if (current.length || quoted) found.push({ chars: current, quoted });
    current = [];
  };
  for (let i = 0; i < term.length; i++) {
    const c = term[i];
    if (c === '\\' && i + 1 < term.length) {
      current.push({ c: term[++i], escaped: true });
    } else if (c === '"') {
      close();
      quoted = !quoted;
    } else if (!quoted && (/\s/.test(c) || c === '(' || c === ')')) close();
    else current.push({ c, escaped: false });
  }
  if (quoted) quoted = false;
  close();
  return found;
}

/** Words of an unquoted piece: letters, digits and unescaped `*`/`?`; anything else splits. */
function wildcardWords(chars: Char[]): string[] {
  const words: string[] = [];
  let word = '';
  for (const ch of chars) {
    if (isWildcard(ch)) word += ch.c;
    else if (isWordChar(ch.c)) word += fold(ch.c);
    else {
      words.push(word);
      word = '';
    }
  }
  words.push(word);
  return words.filter((w) => w.replace(/[*?]/g, '').length > 0);
}

/** The piece as text that must appear in a field, its unescaped wildcards still wild. */
function literalPattern(chars: Char[]): Wildcard {
  const parts: WildcardPart[] = ['any'];
  for (const ch of chars) parts.push(isWildcard(ch) ? (ch.c === '*' ? 'any' : 'one') : { literal: fold(ch.c) });
  parts.push('any');
  return compileWildcard(parts);
}

/** A search word with `*` (any run) or `?` (one character), as a pattern; plain words have none. */
export function wildcardPattern(word: string): Wildcard | undefined {
  if (!/[*?]/.test(word)) return undefined;
  return compileWildcard(Array.from(word, (c): WildcardPart => (c === '*' ? 'any' : c === '?' ? 'one' : { literal: c })));
}
