/** Exact-key index: key -> ids of the rows holding it. */
export class KeyIndex {
  private readonly ids = new Map<string, Set<string>>();

  add(id: string, key: string | undefined): void {
    if (key === undefined) return;
    let set = this.ids.get(key);
    if (!set) this.ids.set(key, (set = new Set()));
    set.add(id);
  }

  remove(id: string, key: string | undefined): void {
    if (key === undefined) return;
    const set = this.ids.get(key);
    set?.delete(id);
    if (set?.size === 0) this.ids.delete(key);
  }

  get(key: string): ReadonlySet<string> {
    return this.ids.get(key) ?? EMPTY;
  }
}

/**
 * Keys kept sorted (ties by id) so that every key starting with a prefix sits in one run
 * found by binary search: `startswith` without a scan.
 */
export class PrefixIndex {
  private readonly keys: string[] = [];
  private readonly ids: string[] = [];

  /** Sorts once: inserting rows one by one would move the arrays once per row. */
  static over(entries: [key: string, id: string][]): PrefixIndex {
    entries.sort((a, b) => compare(a[0], a[1], b[0], b[1]));
    const index = new PrefixIndex();
    for (const [key, id] of entries) {
      index.keys.push(key);
      index.ids.push(id);
    }
    return index;
  }

  add(id: string, key: string | undefined): void {
    if (!key) return;
    const at = this.lowerBound(key, id);
    this.keys.splice(at, 0, key);
    this.ids.splice(at, 0, id);
  }

  remove(id: string, key: string | undefined): void {
    if (!key) return;
    const at = this.lowerBound(key, id);
    if (this.keys[at] !== key || this.ids[at] !== id) return;
    this.keys.splice(at, 1);
    this.ids.splice(at, 1);
  }

  startingWith(prefix: string): ReadonlySet<string> {
    const found = new Set<string>();
    for (let i = this.lowerBound(prefix, ''); i < this.keys.length && this.keys[i].startsWith(prefix); i++) found.add(this.ids[i]);
    return found;
  }

  private lowerBound(key: string, id: string): number {
    let low = 0;
    let high = this.keys.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compare(this.keys[mid], this.ids[mid], key, id) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

function compare(key: string, id: string, otherKey: string, otherId: string): number {
  if (key !== otherKey) return key < otherKey ? -1 : 1;
  return id < otherId ? -1 : id > otherId ? 1 : 0;
}

const EMPTY: ReadonlySet<string> = new Set();
