import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

export type Region = CountryCode;

/**
 * The E.164 form of a phone number however it was typed ("(415) 555-0101",
 * "+1 415 555 0101 x12", "0049 30 901820"), or null when it is not a phone number.
 * Extensions are dropped: they reach a desk, not a different customer.
 */
export function normalizePhone(raw: string | null | undefined, defaultRegion: Region = 'US'): string | null {
  if (!raw) return null;
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
