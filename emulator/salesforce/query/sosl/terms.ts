import { fold, tokenize } from './tokens';

/** One search word or quoted phrase; `negated` after AND NOT. */
export interface Term {
  words: string[];
  /** A quoted phrase must appear as written, not just word by word. */
  phrase?: string;
  negated: boolean;
}

/** OR of ANDs: SOSL's implicit operator between words is AND. */
export type TermExpression = Term[][];

/**
 * Splits `"Maria Garcia" OR jose*` into alternatives of required terms; parentheses only
 * group and are dropped.
 * https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_sosl_find.htm
 */
export function parseTerms(term: string): TermExpression {
  const pieces = term.match(/"[^"]*"|[^\s()"]+/g) ?? [];
  const alternatives: TermExpression = [[]];
  let negate = false;
  for (const piece of pieces) {
    const upper = piece.toUpperCase();
    if (upper === 'OR') alternatives.push([]);
    else if (upper === 'AND') continue;
    else if (upper === 'NOT') negate = true;
    else {
      const quoted = piece.startsWith('"');
      const text = quoted ? piece.slice(1, -1) : piece;
      const words = quoted ? tokenize(text) : wildcardWords(text);
      if (words.length) alternatives[alternatives.length - 1].push({ words, phrase: quoted ? fold(text) : undefined, negated: negate });
      negate = false;
    }
  }
  return alternatives.filter((a) => a.length > 0);
}

/** Keeps `*` and `?` wildcards inside words while splitting on punctuation. */
function wildcardWords(text: string): string[] {
  return fold(text).split(/[^\p{L}\p{N}*?]+/u).filter((w) => w.replace(/[*?]/g, '').length > 0);
}

export function wildcardPattern(word: string): RegExp | undefined {
  if (!/[*?]/.test(word)) return undefined;
  return new RegExp(`^${word.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
}
