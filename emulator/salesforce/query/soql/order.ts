import type { SfRecord } from '../../model/types';
import type { FieldPath } from './paths';
import { comparable, kindOf, type Comparable } from './values';

/** Text sorts by the user's locale, so accented letters sit beside their base letter. */
const collator = new Intl.Collator('en', { sensitivity: 'base' });

export interface OrderKey {
  path: FieldPath;
  descending: boolean;
  nullsFirst: boolean;
}

/** ORDER BY: ascending puts nulls first and descending puts them last unless told otherwise. */
export function toOrderKey(path: FieldPath, order?: string, nulls?: string): OrderKey {
  const descending = order?.toUpperCase() === 'DESC';
  return { path, descending, nullsFirst: nulls ? nulls.toUpperCase() === 'FIRST' : !descending };
}

export function sortRecords(records: SfRecord[], keys: OrderKey[], read: (r: SfRecord, p: FieldPath) => unknown): SfRecord[] {
  if (keys.length === 0) return records;
  const decorated = records.map((record) => ({ record, values: keys.map((k) => comparable(kindOf(k.path.field), read(record, k.path))) }));
  decorated.sort((a, b) => {
    for (let i = 0; i < keys.length; i++) {
      const result = compareValues(a.values[i], b.values[i], keys[i]);
      if (result !== 0) return result;
    }
    return 0;
  });
  return decorated.map((d) => d.record);
}

function compareValues(a: Comparable, b: Comparable, key: OrderKey): number {
  if (a === b) return 0;
  if (a === null) return key.nullsFirst ? -1 : 1;
  if (b === null) return key.nullsFirst ? 1 : -1;
  const result = typeof a === 'string' && typeof b === 'string' ? collator.compare(a, b) || (a < b ? -1 : 1) : a < b ? -1 : 1;
  return key.descending ? -result : result;
}
