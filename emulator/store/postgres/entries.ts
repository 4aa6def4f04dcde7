/**
 * How a namespace's document becomes rows: the namespace itself and every collection in it (an
 * object whose values are all objects: interactions by id, archived tickets by key) are split
 * into one row per key, so one interaction, card, link or ticket is one row
 * (`["interactions","int-000042"]`) and a save writes only the rows that changed, where lowdb
 * rewrites the whole file. A list of records that each carry their own `id` (agents, the
 * outbox) is split as well: an empty shell row (`["outbox"]` = `[]`) that keeps its place, and
 * one row per element (`["outbox",{"id":"wb-000007"}]`), so two instances appending to one
 * list or changing two of its elements never overwrite each other. Anything else (a record,
 * another array, a scalar) is one row.
 */

/** One row's address inside its namespace, as the JSON text of its path (the table's key). */
export type EntryKey = string;

/** A step of a path: a property name, or the element of a list whose `id` it names. */
export type PathStep = string | { id: string };

/** Every row of a document: its key and the JSON text of its value. */
export function toEntries(document: object): Map<EntryKey, string> {
  const entries = new Map<EntryKey, string>();
  const walk = (value: unknown, path: PathStep[]) => {
    if (isPlainObject(value) && (path.length === 0 || isCollection(value))) {
      for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
      return;
    }
    if (isIdList(value)) {
      entries.set(JSON.stringify(path), '[]');
      for (const element of value) walk(element, [...path, { id: element.id }]);
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
  const document: Record<string, unknown> = {};
  for (const { key, value } of rows) setAt(document, JSON.parse(key) as PathStep[], value);
  return document;
}

/**
 * Puts one row's value at its place in a live document (a row another instance wrote), making
 * the collections and lists on the way. The root row replaces nothing: it is always split.
 */
export function setAt(document: Record<string, unknown>, path: PathStep[], value: unknown): void {
  if (path.length === 0) {
    if (isPlainObject(value)) for (const [key, child] of Object.entries(value)) setOwn(document, key, child);
    return;
  }
  const parent = parentOf(document, path, true)!;
  const last = path[path.length - 1];
  if (typeof last === 'string') {
    // A list's empty shell never empties the list: its elements come and go as rows of their own.
    if (Array.isArray(value) && value.length === 0 && Object.hasOwn(parent, last) && isIdList((parent as Record<string, unknown>)[last])) return;
    setOwn(parent as Record<string, unknown>, last, value);
    return;
  }
  const list = parent as unknown[];
  const at = list.findIndex((element) => isPlainObject(element) && element.id === last.id);
  if (at >= 0) list[at] = value;
  else list.push(value);
}

/** Takes one row out of a live document (another instance deleted it); false when it was not there. */
export function deleteAt(document: Record<string, unknown>, path: PathStep[]): boolean {
  if (path.length === 0) return false;
  const parent = parentOf(document, path, false);
  if (!parent) return false;
  const last = path[path.length - 1];
  if (typeof last === 'string') {
    if (Array.isArray(parent) || !Object.hasOwn(parent, last)) return false;
    return delete (parent as Record<string, unknown>)[last];
  }
  if (!Array.isArray(parent)) return false;
  const at = parent.findIndex((element) => isPlainObject(element) && element.id === last.id);
  if (at < 0) return false;
  parent.splice(at, 1);
  return true;
}

/** The object or list that holds a path's last step; made on the way when `make`, else null when missing. */
function parentOf(document: Record<string, unknown>, path: PathStep[], make: boolean): Record<string, unknown> | unknown[] | null {
  let parent: Record<string, unknown> | unknown[] = document;
  for (let i = 0; i < path.length - 1; i++) {
    const step = path[i];
    const childIsList = typeof path[i + 1] !== 'string';
    let child: unknown;
    if (typeof step === 'string') child = !Array.isArray(parent) && Object.hasOwn(parent, step) ? parent[step] : undefined;
    else child = Array.isArray(parent) ? parent.find((element) => isPlainObject(element) && element.id === step.id) : undefined;
    const fits = childIsList ? Array.isArray(child) : isPlainObject(child);
    if (!fits) {
      if (!make || typeof step !== 'string' || Array.isArray(parent)) return null;
      child = setOwn(parent, step, childIsList ? [] : {});
    }
    parent = child as Record<string, unknown> | unknown[];
  }
  return parent;
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

/** A non-empty list of records with distinct string ids: one row per element. */
function isIdList(value: unknown): value is { id: string }[] {
  if (!Array.isArray(value) || value.length === 0) return false;
  const ids = new Set<string>();
  for (const element of value) {
    if (!isPlainObject(element) || typeof element.id !== 'string' || ids.has(element.id)) return false;
    ids.add(element.id);
  }
  return true;
}

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

/** The value at a row's path in a live document, or undefined when it is not there. */
export function getAt(document: Record<string, unknown>, path: PathStep[]): unknown {
  if (path.length === 0) return document;
  const parent = parentOf(document, path, false);
  if (!parent) return undefined;
  const last = path[path.length - 1];
  if (typeof last === 'string') return !Array.isArray(parent) && Object.hasOwn(parent, last) ? parent[last] : undefined;
  return Array.isArray(parent) ? parent.find((element) => isPlainObject(element) && element.id === last.id) : undefined;
}

/** The JSON text a path's own row holds in a live document, as `toEntries` would write it; undefined when it has none. */
export function rowAt(document: Record<string, unknown>, path: PathStep[]): string | undefined {
  const value = getAt(document, path);
  if (isIdList(value)) return '[]';
  if (isPlainObject(value) && (path.length === 0 || isCollection(value))) return undefined;
  return JSON.stringify(value);
}
