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

/** A number's groups (`415`, `555`, `1000`) written with each separator people use, with and without parentheses. */
function groupForms(formatted: string): string[] {
  const groups = formatted.replace(/[()]/g, ' ').trim().split(/[\s.-]+/).filter(Boolean);
  const [first, ...rest] = groups;
  const forms = [' ', '-', '.', ''].map((separator) => groups.join(separator));
  if (formatted.includes('(') && rest.length > 0) {
    forms.push(`(${first}) ${rest.join('-')}`, `(${first})${rest.join('-')}`, `(${first})${rest.join('')}`, `(${first}) ${rest.join('')}`);
  }
  return forms;
}

/** One phone number in the forms CRMs may hold it in, or null when it is not a phone number. */
export function phoneFormats(raw: string, defaultRegion: Region = 'US'): PhoneFormats | null {
  const e164 = normalizePhone(raw, defaultRegion);
  const parsed = e164 ? parsePhoneNumberFromString(e164) : undefined;
  if (!e164 || !parsed) return null;
  const code = parsed.countryCallingCode;
  const national = parsed.formatNational();
  const international = parsed.formatInternational();
  const withinCountry = groupForms(national);
  const afterCode = groupForms(national.includes('(') ? national : international.slice(code.length + 2));
  const digits = String(parsed.nationalNumber);
  const typed = [
    e164,
    international,
    national,
    ...withinCountry,
    ...afterCode.flatMap((form) => [`+${code} ${form}`, `${code} ${form}`]),
    ...['-', '.'].flatMap((separator) => [`+${code}${separator}`, `${code}${separator}`].map((prefix) => prefix + afterCode[['-', '.'].indexOf(separator) + 1])),
    `${code}${digits}`,
    raw.trim(),
  ];
  return { e164, e164Digits: e164.slice(1), nationalDigits: digits, typed: [...new Set(typed)] };
}
