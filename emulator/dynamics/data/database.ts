import { digitsOf, fold } from './collation';
import { KeyIndex, PrefixIndex } from './indexes';
import type { DynamicsData } from './namespace';
import { isLookupValue, type Row, type Value } from '../schema/types';

/** The key a value is indexed and compared under: folded text, lower-case ids, numbers as text. */
export function keyOf(value: Value | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (isLookupValue(value)) return value.id.toLowerCase();
  return typeof value === 'string' ? fold(value) : String(value);
}

const phoneKey = (value: Value | undefined): string | undefined => (typeof value === 'string' ? digitsOf(value) || undefined : undefined);

type Kind = 'key' | 'digits' | 'prefix';

interface FieldIndex {
  field: string;
  kind: Kind;
  index: { add(id: string, key: string | undefined): void; remove(id: string, key: string | undefined): void };
}

const keyFor: Record<Kind, (value: Value | undefined) => string | undefined> = { key: keyOf, digits: phoneKey, prefix: keyOf };

/**
 * The rows plus in-memory indexes derived from them (never stored). An index is built the
 * first time the planner asks for it, then kept in step by `put` and `remove`.
 */
export class Database {
  /** entity -> `field|kind` -> index. */
  private readonly indexes = new Map<string, Map<string, FieldIndex>>();
  private readonly positions = new Map<string, Map<string, number>>();

  constructor(readonly data: DynamicsData) {}

  rows(entity: string): Record<string, Row> {
    return (this.data.tables[entity] ??= {});
  }

  get(entity: string, id: string): Row | undefined {
    const rows = this.rows(entity);
    return Object.hasOwn(rows, id) ? rows[id] : undefined;
  }

  all(entity: string): Row[] {
    return Object.values(this.rows(entity));
  }

  put(entity: string, id: string, row: Row): void {
    const before = this.get(entity, id);
    for (const { field, kind, index } of this.indexesOf(entity).values()) {
      if (before?.[field] === row[field]) continue;
      index.remove(id, keyFor[kind](before?.[field]));
      index.add(id, keyFor[kind](row[field]));
    }
    if (!before) {
      const positions = this.positionsOf(entity);
      positions.set(id, positions.size);
    }
    this.rows(entity)[id] = row;
  }

  remove(entity: string, id: string): void {
    const before = this.get(entity, id);
    if (!before) return;
    for (const { field, kind, index } of this.indexesOf(entity).values()) index.remove(id, keyFor[kind](before[field]));
    delete this.rows(entity)[id];
  }

  /** Ids whose `field` has this key (see `keyOf`). */
  withKey(entity: string, field: string, key: string): ReadonlySet<string> {
    return this.keyIndex(entity, field, 'key').get(key);
  }

  /** Ids whose phone `field` has exactly these digits. */
  withDigits(entity: string, field: string, digits: string): ReadonlySet<string> {
    return this.keyIndex(entity, field, 'digits').get(digits);
  }

  /** Ids whose folded `field` starts with a folded, non-empty prefix. */
  startingWith(entity: string, field: string, prefix: string): ReadonlySet<string> {
    const byField = this.indexesOf(entity);
    let index = byField.get(`${field}|prefix`)?.index as PrefixIndex | undefined;
    if (!index) {
      const entries: [string, string][] = [];
      for (const [id, row] of Object.entries(this.rows(entity))) {
        const key = keyOf(row[field]);
        if (key) entries.push([key, id]);
      }
      byField.set(`${field}|prefix`, { field, kind: 'prefix', index: (index = PrefixIndex.over(entries)) });
    }
    return index.startingWith(prefix);
  }

  /** Insertion order: the order of a list whose query names none. */
  position(entity: string, id: string): number {
    return this.positionsOf(entity).get(id) ?? Number.MAX_SAFE_INTEGER;
  }

  nextVersion(): number {
    return ++this.data.version;
  }

  nextNumber(entity: string, start: number): number {
    const next = Math.max(this.data.counters[entity] ?? start - 1, start - 1) + 1;
    this.data.counters[entity] = next;
    return next;
  }

  private keyIndex(entity: string, field: string, kind: 'key' | 'digits'): KeyIndex {
    const byField = this.indexesOf(entity);
    let index = byField.get(`${field}|${kind}`)?.index as KeyIndex | undefined;
    if (!index) {
      index = new KeyIndex();
      for (const [id, row] of Object.entries(this.rows(entity))) index.add(id, keyFor[kind](row[field]));
      byField.set(`${field}|${kind}`, { field, kind, index });
    }
    return index;
  }

  private indexesOf(entity: string): Map<string, FieldIndex> {
    let byField = this.indexes.get(entity);
    if (!byField) this.indexes.set(entity, (byField = new Map()));
    return byField;
  }

  private positionsOf(entity: string): Map<string, number> {
    let positions = this.positions.get(entity);
    if (!positions) {
      positions = new Map(Object.keys(this.rows(entity)).map((id, i) => [id, i]));
      this.positions.set(entity, positions);
    }
    return positions;
  }
}
