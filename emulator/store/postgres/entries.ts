/**
 * How a namespace's document becomes rows: the namespace itself and every collection in it (an
 * object whose values are all objects: interactions by id, archived tickets by key) are split
 * into one row per key, so one interaction, card, link or ticket is one row
 * (`["interactions","int-000042"]`) and a save writes only the rows that changed, where lowdb
 * rewrites the whole file. Anything else (a record, an array, a scalar) is one row.
 */

/** One row's address inside its namespace, as the JSON text of its path (the table's key). */
export type EntryKey = string;

/** Every row of a document: its key and the JSON text of its value. */
export function toEntries(document: object): Map<EntryKey, string> {
  const entries = new Map<EntryKey, string>();
  const walk = (value: unknown, path: string[]) => {
    if (isPlainObject(value) && (path.length === 0 || isCollection(value))) {
      for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
      return;
    }
    // As in a JSON file, an undefined property is simply absent.
    const json = JSON.stringify(value);
    if (json !== undefined) entries.set(JSON.stringify(path), json);
  };
  walk(document, []);
  return entries;
}

/** The document back from its rows, in the order they were first written (keys keep their order). */
export function fromEntries(rows: Iterable<{ key: EntryKey; value: unknown }>): object {
  let document: Record<string, unknown> = {};
  for (const { key, value } of rows) {
    const path = JSON.parse(key) as string[];
    if (path.length === 0) {
      document = value as Record<string, unknown>;
      continue;
    }
    let parent = document;
    for (const step of path.slice(0, -1)) {
      const child = Object.hasOwn(parent, step) ? parent[step] : undefined;
      parent = isPlainObject(child) ? child : setOwn(parent, step, {});
    }
    setOwn(parent, path[path.length - 1], value);
  }
  return document;
}

/** What a save must write: rows that are new or changed, and rows that are gone. */
export function diffEntries(before: ReadonlyMap<EntryKey, string>, after: ReadonlyMap<EntryKey, string>) {
  const upserts: [EntryKey, string][] = [];
  const deletes: EntryKey[] = [];
  for (const [key, json] of after) if (before.get(key) !== json) upserts.push([key, json]);
  for (const key of before.keys()) if (!after.has(key)) deletes.push(key);
  return { upserts, deletes };
}

const isCollection = (value: Record<string, unknown>) => {
  const values = Object.values(value);
  return values.length > 0 && values.every(isPlainObject);
};

/** Defined, not assigned: an id such as `__proto__` stays a key instead of changing the prototype. */
function setOwn<T>(target: Record<string, unknown>, key: string, value: T): T {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
