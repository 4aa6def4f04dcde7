import type { SfRecord } from '../model/types';

/**
 * Phone index: each phone value is reduced to its digits, without a trailing extension,
 * and also indexed by its last 10 digits, so "+1 415 555 0101" and "(415) 555-0101" meet.
 * Salesforce's own phone search likewise ignores formatting
 * (https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_sosl_find.htm).
 */
export function phoneKeys(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  const withoutExtension = value.replace(/\s*(?:x|ext\.?|extension)\s*\d+\s*$/i, '');
  const digits = withoutExtension.replace(/\D/g, '');
  if (digits.length < 3) return [];
  return [...new Set([digits, ...(digits.length > 10 ? [digits.slice(-10)] : [])])];
}

export class PhoneIndex {
  private readonly ids = new Map<string, Set<string>>();

  add(id: string, values: unknown[]): void {
    for (const key of values.flatMap(phoneKeys)) {
      let set = this.ids.get(key);
      if (!set) this.ids.set(key, (set = new Set()));
      set.add(id);
    }
  }

  remove(id: string, values: unknown[]): void {
    for (const key of values.flatMap(phoneKeys)) this.ids.get(key)?.delete(id);
  }

  /** Ids whose phone digits equal `digits`; a longer number (country code) also tries its last 10 digits. */
  find(digits: string): Set<string> {
    const found = new Set(this.ids.get(digits) ?? []);
    if (digits.length > 10) for (const id of this.ids.get(digits.slice(-10)) ?? []) found.add(id);
    return found;
  }
}

/** SOQL compares strings case-insensitively, so index keys are lower-cased. */
export const equalityKey = (value: unknown): string => (typeof value === 'string' ? value.toLowerCase() : JSON.stringify(value ?? null));

/** One object's field -> value -> ids, built on first use and kept current by every write. */
export class EqualityIndex {
  private readonly fields = new Map<string, Map<string, Set<string>>>();

  has(field: string): boolean {
    return this.fields.has(field);
  }

  build(field: string, records: Iterable<SfRecord>): void {
    const map = new Map<string, Set<string>>();
    this.fields.set(field, map);
    for (const record of records) if (!record.IsDeleted) this.put(map, equalityKey(record[field]), record.Id);
  }

  find(field: string, value: unknown): Set<string> | undefined {
    return this.fields.get(field)?.get(equalityKey(value));
  }

  add(record: SfRecord): void {
    for (const [field, map] of this.fields) this.put(map, equalityKey(record[field]), record.Id);
  }

  remove(record: SfRecord): void {
    for (const [field, map] of this.fields) map.get(equalityKey(record[field]))?.delete(record.Id);
  }

  private put(map: Map<string, Set<string>>, key: string, id: string): void {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(id);
  }
}
