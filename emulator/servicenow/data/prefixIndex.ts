/**
 * Stored values kept in code-unit order (ties by sys_id), so every value starting with a
 * prefix sits in one run found by binary search. STARTSWITH compares the stored text
 * literally, so the index holds the text as stored, not a normalized form.
 */
export class PrefixIndex {
  private readonly values: string[];
  private readonly ids: string[];

  private constructor(entries: [value: string, sysId: string][]) {
    entries.sort((a, b) => compare(a[0], a[1], b[0], b[1]));
    this.values = entries.map((e) => e[0]);
    this.ids = entries.map((e) => e[1]);
  }

  /** Sorting once: inserting rows one by one would move the arrays once per row. */
  static over(rows: Iterable<{ sysId: string; value: string | undefined }>): PrefixIndex {
    const entries: [string, string][] = [];
    for (const { sysId, value } of rows) if (value) entries.push([value, sysId]);
    return new PrefixIndex(entries);
  }

  add(sysId: string, value: string | undefined): void {
    if (!value) return;
    const at = this.lowerBound(value, sysId);
    this.values.splice(at, 0, value);
    this.ids.splice(at, 0, sysId);
  }

  remove(sysId: string, value: string | undefined): void {
    if (!value) return;
    const at = this.lowerBound(value, sysId);
    if (this.values[at] !== value || this.ids[at] !== sysId) return;
    this.values.splice(at, 1);
    this.ids.splice(at, 1);
  }

  /** sys_ids whose value starts with `prefix` (a non-empty prefix: an empty one matches empty values too). */
  startingWith(prefix: string): ReadonlySet<string> {
    const found = new Set<string>();
    for (let i = this.lowerBound(prefix, ''); i < this.values.length && this.values[i].startsWith(prefix); i++) found.add(this.ids[i]);
    return found;
  }

  private lowerBound(value: string, sysId: string): number {
    let low = 0;
    let high = this.values.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compare(this.values[mid], this.ids[mid], value, sysId) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

function compare(value: string, sysId: string, otherValue: string, otherId: string): number {
  if (value !== otherValue) return value < otherValue ? -1 : 1;
  return sysId < otherId ? -1 : sysId > otherId ? 1 : 0;
}
