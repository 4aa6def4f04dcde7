import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { normalizePhone, type Region } from '../phone/normalizePhone';

export interface PhoneFormats {
  e164: string;
  /** Digits with the country code: `14155551000`. */
  e164Digits: string;
  /** Digits without the country code: `4155551000`. */
  nationalDigits: string;
  /** The ways people type the number: `+1 415 555 1000`, `(415) 555-1000`, `1-415-555-1000`, ... */
  typed: string[];
}

/**
 * One phone number in the forms CRMs may hold it in, or null when it is not a phone number.
 * The forms are libphonenumber's (E.164, international, national, RFC 3966's hyphens) plus the
 * national groups joined by the separators people type: the handful a literal-matching CRM
 * (ServiceNow) must be asked for, not every combination of prefix, bracket and separator.
 */
export function phoneFormats(raw: string, defaultRegion: Region = 'US'): PhoneFormats | null {
  const key = `${defaultRegion}|${raw}`;
  if (recent.has(key)) return recent.get(key)!;
  const formats = computeFormats(raw, defaultRegion);
  if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
  recent.set(key, formats);
  return formats;
}

/**
 * One IVR lookup asks for the same number's formats once per CRM and per object searched
 * (libphonenumber parses and formats it each time): the last few numbers' are kept. Frozen,
 * as every caller shares them.
 */
const RECENT = 64;
const recent = new Map<string, Readonly<PhoneFormats> | null>();

function computeFormats(raw: string, defaultRegion: Region): Readonly<PhoneFormats> | null {
  const e164 = normalizePhone(raw, defaultRegion);
  const parsed = e164 ? parsePhoneNumberFromString(e164) : undefined;
  if (!e164 || !parsed) return null;
  const code = parsed.countryCallingCode;
  const national = parsed.formatNational();
  const international = parsed.formatInternational();
  // RFC 3966's form, `+1-415-555-1000` (the metadata bundled here formats `tel:` URIs without separators).
  const hyphenated = international.replace(/\s+/g, '-');
  // The code, then the groups hyphenated: how Japan and Germany write numbers (`+81 3-3224-9999`).
  const codeThenHyphens = `+${code} ${hyphenated.slice(code.length + 2)}`;
  const groups = national.replace(/[()]/g, ' ').trim().split(/[\s.-]+/).filter(Boolean);
  const [areaCode, ...rest] = groups;
  const bracketed = national.includes('(') && rest.length > 0 ? [`(${areaCode})${rest.join('')}`, `+${code} ${national}`, `${code} ${national}`] : [];
  const typed = [
    e164,
    international,
    national,
    ...[' ', '-', '.', ''].map((separator) => groups.join(separator)),
    ...bracketed,
    hyphenated,
    hyphenated.slice(1),
    codeThenHyphens,
    e164.slice(1),
    raw.trim(),
  ];
  return Object.freeze({ e164, e164Digits: e164.slice(1), nationalDigits: String(parsed.nationalNumber), typed: Object.freeze([...new Set(typed)]) as string[] });
}
