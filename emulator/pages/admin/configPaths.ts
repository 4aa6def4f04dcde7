/** A value inside a configuration by its path (`['ivr', 'greeting', 'nameFact']`, `['routing', 'rules', '0', 'queue']`). */
export function valueAt(root: unknown, path: readonly string[]): unknown {
  let value = root;
  for (const key of path) {
    if (!value || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** A copy of `root` with the value at `path` replaced (objects on the way are copied, never shared). */
export function withValueAt<T>(root: T, path: readonly string[], value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  const base = root && typeof root === 'object' && !Array.isArray(root) ? (root as Record<string, unknown>) : {};
  return { ...base, [head]: withValueAt(Object.hasOwn(base, head) ? base[head] : undefined, rest, value) } as T;
}

/** `ivr.greeting.nameFact`, `routing.rules[2].queue` for a path: how server errors name a value. */
export const dotted = (path: readonly string[]) =>
  path.map((key, i) => (/^\d+$/.test(key) ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
