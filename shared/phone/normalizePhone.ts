import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

export type Region = CountryCode;

/**
 * The E.164 form of a phone number however it was typed ("(415) 555-0101",
 * "+1 415 555 0101 x12", "0049 30 901820"), or null when it is not a phone number.
 * Extensions are dropped: they reach a desk, not a different customer.
 */
export function normalizePhone(raw: string | null | undefined, defaultRegion: Region = 'US'): string | null {
  if (!raw) return null;
  const key = `${defaultRegion} ${raw}`;
  const known = normalized.get(key);
  if (known !== undefined) return known;
  const e164 = parse(raw, defaultRegion);
  if (normalized.size >= REMEMBERED) normalized.delete(normalized.keys().next().value as string);
  normalized.set(key, e164);
  return e164;
}

/**
 * A lookup normalizes the same few numbers again and again (the caller's, then each match's
 * phone fields, then the card's), and parsing is the costly part: the latest answers are kept.
 */
const REMEMBERED = 2000;
const normalized = new Map<string, string | null>();

function parse(raw: string, defaultRegion: Region): string | null {
  const cleaned = raw.trim().replace(/^00(?=[1-9])/, '+');
  if (!/\d/.test(cleaned)) return null;
  const parsed = parsePhoneNumberFromString(cleaned, defaultRegion);
  if (!parsed || !parsed.isPossible()) return null;
  return parsed.number;
}

/** True when both strings are the same phone number in any format. */
export function samePhone(a: string | null | undefined, b: string | null | undefined, defaultRegion: Region = 'US'): boolean {
  const na = normalizePhone(a, defaultRegion);
  return na !== null && na === normalizePhone(b, defaultRegion);
}
