/**
 * Whether two stored documents (plain objects, arrays and primitives, as the store holds them)
 * hold the same data. A walk that stops at the first difference: the configuration is read
 * several times per request, and serializing it to compare cost more than the rest of a read.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  if (Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  const other = b as Record<string, unknown>;
  for (const key of keys) {
    if (!Object.hasOwn(other, key) || !sameData((a as Record<string, unknown>)[key], other[key])) return false;
  }
  return true;
}
