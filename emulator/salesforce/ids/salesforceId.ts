/**
 * Salesforce record ids: 15 case-sensitive base-62 characters, and an 18-character form
 * that appends a 3-character checksum of the letter case so case-insensitive tools keep
 * them apart. https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/field_types.htm#i1435616
 */
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SUFFIX = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const SHAPE = /^[0-9A-Za-z]{15}(?:[0-9A-Za-z]{3})?$/;

/** The 3-character suffix: one character per 5-character chunk, a bit per upper-case letter. */
export function checksum(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charCodeAt(chunk * 5 + i);
      if (c >= 65 && c <= 90) bits |= 1 << i;
    }
    suffix += SUFFIX[bits];
  }
  return suffix;
}

/** Whether `value` is shaped like an id: 15 characters, or 18 with a matching checksum. */
export function isIdShape(value: unknown): value is string {
  if (typeof value !== 'string' || !SHAPE.test(value)) return false;
  return value.length === 15 || checksum(value.slice(0, 15)) === value.slice(15).toUpperCase();
}

/** The 18-character form of a valid id, or undefined when `value` is not an id. */
export function to18(value: unknown): string | undefined {
  if (!isIdShape(value)) return undefined;
  const id15 = value.slice(0, 15);
  return id15 + checksum(id15);
}

/** A new 18-character id: key prefix, a fixed pod part, and a base-62 serial number. */
export function makeId(keyPrefix: string, serial: number): string {
  let digits = '';
  let n = serial;
  do {
    digits = BASE62[n % 62] + digits;
    n = Math.floor(n / 62);
  } while (n > 0);
  const id15 = `${keyPrefix}Dn0${digits.padStart(9, '0')}`;
  return id15 + checksum(id15);
}

export const keyPrefixOf = (id: string) => id.slice(0, 3);
