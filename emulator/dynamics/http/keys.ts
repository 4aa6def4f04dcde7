import { fold } from '../data/collation';
import type { Database } from '../data/database';
import type { Entity } from '../schema/types';
import { ODataError } from './errors';

/**
 * The key in `contacts(<guid>)` or an alternate key in `accounts(accountnumber='ACC-10001')`.
 * https://learn.microsoft.com/power-apps/developer/data-platform/use-alternate-key-reference-record
 */
export type Key = { kind: 'id'; id: string } | { kind: 'alternate'; values: Record<string, string | number> };

const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;

export function parseKey(entity: Entity, text: string): Key {
  const guid = GUID.exec(text.trim());
  if (guid) return { kind: 'id', id: guid[1].toLowerCase() };
  const values: Record<string, string | number> = {};
  let i = 0;
  while (i < text.length) {
    const eq = text.indexOf('=', i);
    if (eq < 0) throw ODataError.badQuery(`The key value '${text}' is not a valid key for the entity set '${entity.entitySetName}'.`);
    const name = text.slice(i, eq).trim();
    let end: number;
    if (text[eq + 1] === "'") {
      let value = '';
      let at = eq + 2;
      for (;;) {
        const quote = text.indexOf("'", at);
        if (quote < 0) throw ODataError.badQuery(`There is an unterminated literal at position ${eq + 1} in '${text}'.`);
        value += text.slice(at, quote);
        if (text[quote + 1] === "'") {
          value += "'";
          at = quote + 2;
        } else {
          end = quote + 1;
          break;
        }
      }
      values[name] = value;
    } else {
      const comma = text.indexOf(',', eq);
      end = comma < 0 ? text.length : comma;
      const number = Number(text.slice(eq + 1, end));
      if (!Number.isFinite(number)) throw ODataError.badQuery(`The key value '${text}' is not a valid key for the entity set '${entity.entitySetName}'.`);
      values[name] = number;
    }
    i = text[end] === ',' ? end + 1 : end;
    if (i === end && i < text.length) throw ODataError.badQuery(`Syntax error at position ${end} in '${text}'.`);
  }
  const names = Object.keys(values).sort();
  const defined = (entity.alternateKeys ?? []).some((key) => key.length === names.length && [...key].sort().every((n, k) => n === names[k]));
  if (!defined) {
    throw ODataError.badQuery(`The key attribute(s) '${names.join(',')}' are not an alternate key defined on the '${entity.logicalName}' table.`);
  }
  return { kind: 'alternate', values };
}

/** The primary id a key points at, or undefined when no record has it. */
export function resolveKey(db: Database, entity: Entity, key: Key): string | undefined {
  if (key.kind === 'id') return db.get(entity.logicalName, key.id) ? key.id : undefined;
  let found: string | undefined;
  const [first, ...rest] = Object.entries(key.values);
  for (const id of db.withKey(entity.logicalName, first[0], typeof first[1] === 'string' ? fold(first[1]) : String(first[1]))) {
    const row = db.get(entity.logicalName, id);
    const matches = row && rest.every(([name, value]) => keyText(row[name]) === keyText(value));
    if (matches) {
      found = id;
      break;
    }
  }
  return found;
}

const keyText = (value: unknown): string => (typeof value === 'string' ? fold(value) : String(value));

/** How a key reads in messages: the id, or `accountnumber='ACC-10001'`. */
export function describeKey(key: Key): string {
  return key.kind === 'id' ? key.id : Object.entries(key.values).map(([n, v]) => (typeof v === 'string' ? `${n}='${v}'` : `${n}=${v}`)).join(',');
}
