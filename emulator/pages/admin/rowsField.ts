import { dotted, withValueAt } from './configPaths';
import type { FieldError, FieldSpec } from './sectionForm';

/** What reading a form gathers besides the values: what was typed, what could not be read, and list items' new numbers. */
export interface RowsRead {
  typed: Record<string, string>;
  errors: FieldError[];
  /** Server path of a saved item -> its path in the form (`routing.rules[0]` -> `routing.rules[3]`). */
  renamed: Map<string, string>;
}

type ReadField = (field: FieldSpec, path: string[], serverPath: string[], body: Record<string, unknown>, read: RowsRead) => { value: unknown; empty: boolean };

/** The names of an item's own inputs. */
export const itemNames = (list: string, i: number) => ({ item: `${list}[${i}]`, order: `${list}[${i}].__order`, remove: `${list}[${i}].__remove` });

/** An item's value from its columns' values; absent values are left out. */
export function itemValue(columns: readonly FieldSpec[], values: unknown[]): Record<string, unknown> {
  return columns.reduce<Record<string, unknown>>((item, column, i) => (values[i] === undefined ? item : withValueAt(item, column.path, values[i])), {});
}

/** Most items one list takes from a form: more is not an admin typing. */
const MAX_ITEMS = 200;

/**
 * A list's items in the order the admin gave them (their Order, then as shown), without the
 * removed ones and the empty ones left for adding. Each kept item is read a second time at its
 * saved position, so errors the server names by that position find their way back to the form.
 */
export function readRows(field: FieldSpec, path: string[], serverPath: string[], body: Record<string, unknown>, read: RowsRead, readField: ReadField): { value: unknown; empty: boolean } {
  const name = dotted(path);
  const countText = body[`${name}.__count`];
  const count = Math.min(MAX_ITEMS, Math.max(0, Number.parseInt(typeof countText === 'string' ? countText : '0', 10) || 0));
  read.typed[`${name}.__count`] = String(count);
  const columns = field.columns ?? [];
  const kept: { order: number; i: number }[] = [];
  for (let i = 0; i < count; i++) {
    const names = itemNames(name, i);
    const orderText = typeof body[names.order] === 'string' ? (body[names.order] as string) : '';
    read.typed[names.order] = orderText;
    read.typed[names.remove] = String(body[names.remove] === 'on');
    const scratch: RowsRead = { typed: {}, errors: [], renamed: new Map() };
    const empty = columns.every((column) => readField(column, [...path, String(i), ...column.path], [], body, scratch).empty);
    if (body[names.remove] === 'on' || empty) {
      Object.assign(read.typed, scratch.typed);
      continue;
    }
    const order = orderText.trim() !== '' && Number.isFinite(Number(orderText)) ? Number(orderText) : i + 1;
    kept.push({ order, i });
  }
  kept.sort((a, b) => a.order - b.order || a.i - b.i);
  if (field.keyedBy) return { value: readKeyedItems(field, field.keyedBy, path, serverPath, kept, body, read, readField), empty: kept.length === 0 };
  const value = kept.map(({ i }, k) => {
    const itemPath = [...path, String(i)];
    const savedPath = [...serverPath, String(k)];
    read.renamed.set(dotted(savedPath), dotted(itemPath));
    return itemValue(columns, columns.map((column) => readField(column, [...itemPath, ...column.path], [...savedPath, ...column.path], body, read).value));
  });
  return { value, empty: value.length === 0 };
}

/**
 * Items saved as a record by their key (facts by name): the server names an item by its key
 * (`facts.tier.salesforce[0]`), the form by its place. A key left empty or given twice is refused here.
 */
function readKeyedItems(
  field: FieldSpec,
  keyedBy: string,
  path: string[],
  serverPath: string[],
  kept: { i: number }[],
  body: Record<string, unknown>,
  read: RowsRead,
  readField: ReadField,
): Record<string, unknown> {
  const columns = field.columns ?? [];
  const record: Record<string, unknown> = {};
  for (const { i } of kept) {
    const itemPath = [...path, String(i)];
    const keyName = dotted([...itemPath, keyedBy]);
    const key = typeof body[keyName] === 'string' ? (body[keyName] as string).trim() : '';
    const what = (field.itemLabel ?? 'item').toLowerCase();
    if (!key) read.errors.push({ path: keyName, message: `a ${what} needs a name` });
    else if (Object.hasOwn(record, key)) read.errors.push({ path: keyName, message: `${what} '${key}' is listed twice` });
    const savedPath = [...serverPath, key];
    if (key) read.renamed.set(dotted(savedPath), dotted(itemPath));
    const values = columns.map((column) => readField(column, [...itemPath, ...column.path], [...savedPath, ...column.path], body, read).value);
    const { [keyedBy]: _key, ...item } = itemValue(columns, values);
    // Defined, not assigned: a key such as __proto__ stays an entry the server refuses by name.
    if (key && !Object.hasOwn(record, key)) Object.defineProperty(record, key, { value: item, enumerable: true, writable: true, configurable: true });
  }
  return record;
}
