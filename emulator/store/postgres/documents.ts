import { deleteAt, diffEntries, getAt, rowAt, setAt, toEntries, type EntryKey, type PathStep } from './entries';

/** A row as read back from the table: its JSON text, or null when it is gone. */
export interface StoredRow {
  key: EntryKey;
  json: string | null;
}

/**
 * Each namespace's live document and what of it is known to be in the table (`saved`), so a
 * save writes only what changed here and a row another instance wrote is taken in without being
 * written back.
 */
export class Documents {
  readonly live = new Map<string, Record<string, unknown>>();
  private readonly saved = new Map<string, Map<EntryKey, string>>();

  load(namespace: string, document: Record<string, unknown>): void {
    this.live.set(namespace, document);
    this.saved.set(namespace, toEntries(document));
  }

  /** What a save would write now, per namespace that changed. */
  pending() {
    return [...this.live]
      .map(([name, document]) => ({ name, ...diffEntries(this.savedOf(name), toEntries(document)) }))
      .filter((change) => change.upserts.length || change.deletes.length);
  }

  /** Rows this instance wrote: they are what the table holds now. */
  written(name: string, upserts: [EntryKey, string][], deletes: EntryKey[]): void {
    const saved = this.savedOf(name);
    for (const [key, json] of upserts) saved.set(key, json);
    for (const key of deletes) saved.delete(key);
  }

  /**
   * Takes in rows another instance wrote. A row changed here and not saved yet keeps the local
   * change (its save follows) unless `force`: a claimed row's stored value is the truth.
   */
  apply(name: string, rows: StoredRow[], force = false): void {
    let document = this.live.get(name);
    if (!document) this.live.set(name, (document = {}));
    const saved = this.savedOf(name);
    for (const { key, json } of rows) {
      const path = JSON.parse(key) as PathStep[];
      const local = rowAt(document, path);
      // A collection split into rows here (an empty `{}` row elsewhere) changes only through its own rows.
      if (local === undefined && getAt(document, path) !== undefined) continue;
      if (!force && local !== saved.get(key)) continue;
      if (json === null) {
        deleteAt(document, path);
        saved.delete(key);
      } else {
        setAt(document, path, JSON.parse(json));
        saved.set(key, json);
      }
    }
  }

  /** The rows at these paths as they are in memory now, marked saved: the caller writes them. */
  take(name: string, paths: PathStep[][]): { upserts: [EntryKey, string][]; deletes: EntryKey[] } {
    const document = this.live.get(name) ?? {};
    const upserts: [EntryKey, string][] = [];
    const deletes: EntryKey[] = [];
    for (const path of paths) {
      const key = JSON.stringify(path);
      const json = rowAt(document, path);
      if (json === undefined) deletes.push(key);
      else upserts.push([key, json]);
    }
    this.written(name, upserts, deletes);
    return { upserts, deletes };
  }

  /** The keys of a namespace's rows as last written or read here. */
  savedKeys(name: string): EntryKey[] {
    return [...this.savedOf(name).keys()];
  }

  clear(): void {
    this.live.clear();
    this.saved.clear();
  }

  private savedOf(name: string): Map<EntryKey, string> {
    let saved = this.saved.get(name);
    if (!saved) this.saved.set(name, (saved = new Map()));
    return saved;
  }
}
