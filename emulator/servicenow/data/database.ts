import { mustTable, type SnRecord } from '../schema';
import { phoneDigitsKey, phoneLast10Key, ValueIndex } from './indexes';
import { PrefixIndex } from './prefixIndex';

/** What the `servicenow` store namespace holds. */
export interface ServiceNowData {
  /** table -> sys_id -> record; every value a string, as the Table API returns them. */
  tables: Record<string, Record<string, SnRecord>>;
  /** table -> last number handed out. */
  counters: Record<string, number>;
  /** Clear passwords of data files written before sys_user.user_password held hashes; moved there on start. */
  credentials?: Record<string, string>;
  /** SHA-256 of a glide_session_store token -> user_name. */
  sessions: Record<string, string>;
  /** SHA-256 of a session token -> when it started (ms); a session without one (older data files) has ended. */
  sessionStarts?: Record<string, number>;
  /** sys_attachment sys_id -> file content, base64. */
  attachments: Record<string, string>;
}

export const emptyData = (): ServiceNowData => ({ tables: {}, counters: {}, sessions: {}, attachments: {} });

export type PhoneKey = 'digits' | 'last10';

/** What `put` and `remove` keep in step: one field's values of one table. */
interface FieldIndex {
  add(sysId: string, value: string | undefined): void;
  remove(sysId: string, value: string | undefined): void;
}

/**
 * The records plus in-memory indexes derived from them (never stored). Equality indexes
 * are built the first time a query asks for a field, then kept up to date by `put`.
 */
export class Database {
  private readonly valueIndexes = new Map<string, Map<string, ValueIndex>>();
  private readonly phoneIndexes = new Map<string, Map<string, ValueIndex>>();
  private readonly prefixIndexes = new Map<string, Map<string, PrefixIndex>>();
  private readonly positions = new Map<string, Map<string, number>>();

  constructor(readonly data: ServiceNowData) {}

  rows(table: string): Record<string, SnRecord> {
    return (this.data.tables[table] ??= {});
  }

  get(table: string, sysId: string): SnRecord | undefined {
    return Object.hasOwn(this.rows(table), sysId) ? this.rows(table)[sysId] : undefined;
  }

  all(table: string): SnRecord[] {
    return Object.values(this.rows(table));
  }

  /** Inserts or replaces a record, keeping every built index in step. */
  put(table: string, record: SnRecord): void {
    const rows = this.rows(table);
    const before = Object.hasOwn(rows, record.sys_id) ? rows[record.sys_id] : undefined;
    this.reindex(table, record.sys_id, before, record);
    if (!before) {
      const positions = this.positionsOf(table);
      positions.set(record.sys_id, positions.size);
    }
    rows[record.sys_id] = record;
  }

  remove(table: string, sysId: string): void {
    const before = this.get(table, sysId);
    if (!before) return;
    this.reindex(table, sysId, before, undefined);
    delete this.rows(table)[sysId];
  }

  /** sys_ids whose `field` equals `value` exactly. */
  lookup(table: string, field: string, value: string): ReadonlySet<string> {
    return this.indexOf(this.valueIndexes, table, field, () => this.valueIndexOver(table, field)).get(value);
  }

  /** sys_ids whose `field` starts with `prefix` (non-empty), compared as stored. */
  startingWith(table: string, field: string, prefix: string): ReadonlySet<string> {
    const build = () => PrefixIndex.over(this.all(table).map((record) => ({ sysId: record.sys_id, value: record[field] })));
    return this.indexOf(this.prefixIndexes, table, field, build).startingWith(prefix);
  }

  /** sys_ids whose phone `field` has these digits (all of them, or the last ten). */
  phoneLookup(table: string, field: string, key: PhoneKey, digits: string): ReadonlySet<string> {
    const keyOf = key === 'digits' ? phoneDigitsKey : phoneLast10Key;
    return this.indexOf(this.phoneIndexes, `${table}|${key}`, field, () => this.valueIndexOver(table, field, keyOf)).get(digits);
  }

  /** Insertion order, the order lists come in when the query names none. */
  position(table: string, sysId: string): number {
    return this.positionsOf(table).get(sysId) ?? Number.MAX_SAFE_INTEGER;
  }

  nextNumber(table: string): string | undefined {
    const numbering = mustTable(table).numbering;
    if (!numbering) return undefined;
    const next = Math.max(this.data.counters[table] ?? numbering.start - 1, numbering.start - 1) + 1;
    this.data.counters[table] = next;
    return `${numbering.prefix}${String(next).padStart(7, '0')}`;
  }

  private positionsOf(table: string): Map<string, number> {
    let positions = this.positions.get(table);
    if (!positions) {
      positions = new Map(Object.keys(this.rows(table)).map((id, i) => [id, i]));
      this.positions.set(table, positions);
    }
    return positions;
  }

  /** The index of one field, built over the whole table by `build` the first time it is asked for. */
  private indexOf<I extends FieldIndex>(registry: Map<string, Map<string, I>>, registryKey: string, field: string, build: () => I): I {
    let byField = registry.get(registryKey);
    if (!byField) registry.set(registryKey, (byField = new Map()));
    let index = byField.get(field);
    if (!index) byField.set(field, (index = build()));
    return index;
  }

  private valueIndexOver(table: string, field: string, keyOf?: (value: string) => string | undefined): ValueIndex {
    const index = new ValueIndex(keyOf);
    for (const record of this.all(table)) index.add(record.sys_id, record[field]);
    return index;
  }

  private reindex(table: string, sysId: string, before: SnRecord | undefined, after: SnRecord | undefined): void {
    const registries: (Map<string, FieldIndex> | undefined)[] = [
      this.valueIndexes.get(table),
      this.phoneIndexes.get(`${table}|digits`),
      this.phoneIndexes.get(`${table}|last10`),
      this.prefixIndexes.get(table),
    ];
    for (const byField of registries) {
      for (const [field, index] of byField ?? []) {
        if (before?.[field] === after?.[field]) continue;
        index.remove(sysId, before?.[field]);
        index.add(sysId, after?.[field]);
      }
    }
  }
}
