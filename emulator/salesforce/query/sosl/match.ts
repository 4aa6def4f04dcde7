import type { QuerySource, SObjectSchema } from '../../model/types';
import type { SearchGroup } from './parse';
import { parseTerms, wildcardPattern, type Term } from './terms';
import type { TokenIndexes } from './tokenIndex';
import { fold } from './tokens';
import { fieldsOf } from './tokenIndex';
import { matchesWildcard } from '../wildcard';

/** The shortest digit run treated as a phone number rather than words. */
const minPhoneDigits = 7;

/**
 * Ids of `schema`'s records matching the search term in the group's fields. Phone fields
 * match however the number was typed: the digits of the term against the digits of the
 * stored number, or its last ten (a national number typed without the country code).
 */
export function matchingIds(term: string, group: SearchGroup, schema: SObjectSchema, source: QuerySource, indexes: TokenIndexes): Set<string> {
  const found = new Set<string>();
  if (group !== 'PHONE') {
    const tokens = indexes.tokens(schema, group);
    for (const alternative of parseTerms(term)) {
      const required = alternative.filter((t) => !t.negated);
      if (required.length === 0) continue;
      let ids = intersect(required.map((t) => termIds(t, tokens)));
      for (const excluded of alternative.filter((t) => t.negated)) ids = difference(ids, termIds(excluded, tokens));
      for (const id of ids) if (phrasesHold(required, id, schema, group, source)) found.add(id);
    }
  }
  if (group === 'PHONE' || group === 'ALL') {
    const digits = term.replace(/\D/g, '');
    if (digits.length >= minPhoneDigits) {
      const keys = digits.length > 10 ? [digits, digits.slice(-10)] : [digits];
      for (const key of keys) for (const id of source.byPhoneDigits(key)) if (source.objectOf(id) === schema.name && source.byId(id)) found.add(id);
    }
  }
  return found;
}

function termIds(term: Term, tokens: Map<string, Set<string>>): Set<string> {
  return intersect(term.words.map((word) => {
    const pattern = wildcardPattern(word);
    if (!pattern) return tokens.get(word) ?? new Set<string>();
    const ids = new Set<string>();
    for (const [token, tokenIds] of tokens) if (matchesWildcard(pattern, token)) for (const id of tokenIds) ids.add(id);
    return ids;
  }));
}

/** Quoted phrases must appear word for word, and terms with escaped characters as written. */
function phrasesHold(terms: Term[], id: string, schema: SObjectSchema, group: SearchGroup, source: QuerySource): boolean {
  const phrases = terms.filter((t) => t.phrase && t.words.length > 1);
  const literals = terms.filter((t) => t.literal);
  if (phrases.length === 0 && literals.length === 0) return true;
  const record = source.byId(id);
  if (!record) return false;
  const values = fieldsOf(schema, group).map((f) => fold(String(record[f.name] ?? '')));
  const texts = values.map((value) => ` ${value.replace(/[^\p{L}\p{N}]+/gu, ' ')} `);
  return phrases.every((t) => texts.some((text) => text.includes(` ${t.words.join(' ')} `)))
    && literals.every((t) => values.some((value) => matchesWildcard(t.literal!, value)));
}

function intersect(sets: Set<string>[]): Set<string> {
  if (sets.length === 0) return new Set();
  const [smallest, ...others] = [...sets].sort((a, b) => a.size - b.size);
  return new Set([...smallest].filter((id) => others.every((s) => s.has(id))));
}

function difference(a: Set<string>, b: Set<string>): Set<string> {
  return new Set([...a].filter((id) => !b.has(id)));
}
