/** Exact-value index: value -> sys_ids holding it. */
export class ValueIndex {
  private readonly ids = new Map<string, Set<string>>();

  constructor(private readonly key: (value: string) => string | undefined = (v) => v) {}

  add(sysId: string, value: string | undefined): void {
    const key = value === undefined ? undefined : this.key(value);
    if (key === undefined) return;
    let set = this.ids.get(key);
    if (!set) this.ids.set(key, (set = new Set()));
    set.add(sysId);
  }

  remove(sysId: string, value: string | undefined): void {
    const key = value === undefined ? undefined : this.key(value);
    if (key === undefined) return;
    const set = this.ids.get(key);
    set?.delete(sysId);
    if (set && set.size === 0) this.ids.delete(key);
  }

  get(key: string): ReadonlySet<string> {
    return this.ids.get(key) ?? EMPTY;
  }
}

const EMPTY: ReadonlySet<string> = new Set();

export const digitsOf = (value: string): string => value.replace(/\D/g, '');

/**
 * Phone numbers are stored as typed ("(415) 555-0199") and ServiceNow compares them
 * literally. These keys only narrow the candidates (a literal match always has the same
 * digits, and the same last ten digits for a suffix of ten or more); the literal
 * comparison still decides.
 */
export const phoneDigitsKey = (value: string): string | undefined => digitsOf(value) || undefined;
export const phoneLast10Key = (value: string): string | undefined => {
  const digits = digitsOf(value);
  return digits.length >= 10 ? digits.slice(-10) : undefined;
};
