import { digitsOf } from '../data/indexes';
import { mustTable, type FieldDef, type SnRecord } from '../schema';

/**
 * The keyword query of an encoded query, `123TEXTQUERY321=<terms>`: the instance's text search
 * (Zing), what global search and the lists' search boxes send through the Table API.
 */
export const TEXT_QUERY_FIELD = '123TEXTQUERY321';

/** Field types the text index holds; journals, passwords and references are left out. */
const INDEXED = new Set<FieldDef['type']>(['string', 'email', 'phone_number', 'choice']);
/** A term that reads as a phone number: digits with the usual separators, at least seven digits. */
const PHONE_LIKE = /^\+?[\d\s().-]+$/;

const fold = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/**
 * A matcher for one table: every term must appear in some indexed field (ignoring case and
 * accents). A phone-like query matches a phone field with the same digits, whatever the
 * punctuation on either side, and with or without the country code.
 */
export function textSearchMatcher(table: string, query: string): (record: SnRecord) => boolean {
  const fields = mustTable(table).fields.filter((f) => INDEXED.has(f.type) && !f.name.startsWith('sys_'));
  const phones = fields.filter((f) => f.type === 'phone_number');
  const digits = digitsOf(query);
  if (PHONE_LIKE.test(query.trim()) && digits.length >= 7) {
    const wanted = digits.slice(-10);
    return (record) => phones.some((f) => {
      const stored = digitsOf(record[f.name] ?? '');
      return stored !== '' && (stored.endsWith(wanted) || wanted.endsWith(stored));
    });
  }
  const terms = fold(query).split(/\s+/).filter(Boolean);
  if (terms.length === 0) return () => false;
  return (record) => {
    const texts = fields.map((f) => fold(record[f.name] ?? ''));
    return terms.every((term) => texts.some((text) => text.includes(term)));
  };
}
