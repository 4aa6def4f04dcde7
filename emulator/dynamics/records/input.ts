import type { Database } from '../data/database';
import { ODataError } from '../http/errors';
import { parseKey, resolveKey } from '../http/keys';
import { edmOf } from '../query/bind';
import type { Registry } from '../schema/registry';
import { isLookup, type AttributeDef, type Entity, type Row } from '../schema/types';
import { isoSeconds } from './format';

/**
 * A create or update body turned into column values: `<navigation>@odata.bind` sets a
 * lookup, annotations are ignored, read-only columns are ignored, anything else is checked
 * against the column's type, length and choices.
 * https://learn.microsoft.com/power-apps/developer/data-platform/webapi/create-entity-web-api#associate-table-rows-on-create
 */
export function convertBody(db: Database, registry: Registry, entity: Entity, body: unknown): Row {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw ODataError.badQuery('The request body is not a JSON object.');
  const values: Row = {};
  for (const [key, raw] of Object.entries(body)) {
    const at = key.indexOf('@');
    if (at === 0) continue;
    if (at > 0) {
      if (key.endsWith('@odata.bind')) bind(db, registry, entity, key.slice(0, at), raw, values);
      continue;
    }
    if (key.startsWith('_') && key.endsWith('_value') && entity.byName.get(key.slice(1, -6))) {
      throw new ODataError(400, '0x80048d19', 'CRM do not support direct update of Entity Reference properties, Use Navigation properties instead.');
    }
    const attribute = entity.byName.get(key);
    if (!attribute || isLookup(attribute)) {
      if (entity.navigation.has(key)) throw ODataError.badQuery(`Deep insert through '${key}' is not supported by this emulator; use '${key}@odata.bind'.`);
      throw ODataError.badQuery(`The property '${key}' does not exist on type 'Microsoft.Dynamics.CRM.${entity.logicalName}'. Make sure to only use property names that are defined by the type or mark the type as open type.`);
    }
    if (attribute.readOnly) continue;
    values[key] = convertValue(entity, attribute, raw);
  }
  return values;
}

function bind(db: Database, registry: Registry, entity: Entity, navigation: string, raw: unknown, values: Row): void {
  const nav = entity.navigation.get(navigation);
  if (!nav) {
    throw ODataError.badQuery(
      `An undeclared property '${navigation}' which only has property annotations in the payload but no property value was found in the payload. In OData, only declared navigation properties and declared named streams can be represented as properties without values.`,
    );
  }
  if (raw === null) {
    values[nav.attribute.logicalName] = null;
    return;
  }
  if (typeof raw !== 'string') throw ODataError.badQuery(`The value of '${navigation}@odata.bind' must be an entity reference URL.`);
  // Relative (`/accounts(<id>)`, `accounts(<id>)`) or absolute (`https://org/api/data/v9.2/accounts(<id>)`).
  const marker = raw.indexOf('/api/data/v');
  const relative = marker >= 0 ? raw.slice(raw.indexOf('/', marker + 11) + 1) : raw.replace(/^\//, '');
  const open = relative.indexOf('(');
  const target = registry.byLogicalName(nav.target.entity)!;
  if (open < 0 || !relative.endsWith(')') || relative.slice(0, open) !== target.entitySetName) {
    throw ODataError.badQuery(`The URL '${raw}' in '${navigation}@odata.bind' does not reference a record of the '${target.entitySetName}' entity set.`);
  }
  const id = resolveKey(db, target, parseKey(target, relative.slice(open + 1, -1)));
  if (!id) throw ODataError.notFound(target.logicalName, relative.slice(open + 1, -1));
  values[nav.attribute.logicalName] = { id, entity: target.logicalName };
}

const cannotConvert = (raw: unknown, attribute: AttributeDef) =>
  ODataError.badQuery(`Cannot convert the literal '${typeof raw === 'string' ? raw : JSON.stringify(raw)}' to the expected type '${edmOf(attribute)}'.`);

export function convertValue(entity: Entity, attribute: AttributeDef, raw: unknown): Row[string] {
  if (raw === null) return null;
  switch (attribute.type) {
    case 'string':
    case 'memo':
      if (typeof raw !== 'string') throw cannotConvert(raw, attribute);
      if (attribute.maxLength !== undefined && raw.length > attribute.maxLength) {
        throw new ODataError(400, '0x80044331', `A validation error occurred. The length of the '${attribute.logicalName}' attribute of the '${entity.logicalName}' entity exceeded the maximum allowed length of '${attribute.maxLength}'.`);
      }
      return raw;
    case 'uniqueidentifier':
      if (typeof raw !== 'string' || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(raw)) throw cannotConvert(raw, attribute);
      return raw.toLowerCase();
    case 'integer':
    case 'bigint':
    case 'picklist':
    case 'state':
    case 'status':
      if (typeof raw !== 'number' || !Number.isInteger(raw)) throw cannotConvert(raw, attribute);
      if (attribute.options && !attribute.options.some((o) => o.value === raw)) {
        const accepted = attribute.options.map((o) => o.value).join(',');
        throw new ODataError(400, '0x8004431a', `A validation error occurred. The value ${raw} of '${attribute.logicalName}' on record of type '${entity.logicalName}' is outside the valid range. Accepted Values: ${accepted}`);
      }
      return raw;
    case 'decimal':
      if (typeof raw !== 'number' || !Number.isFinite(raw)) throw cannotConvert(raw, attribute);
      return raw;
    case 'boolean':
      if (typeof raw !== 'boolean') throw cannotConvert(raw, attribute);
      return raw;
    case 'datetime': {
      const time = typeof raw === 'string' ? Date.parse(raw) : NaN;
      if (Number.isNaN(time)) throw cannotConvert(raw, attribute);
      return isoSeconds(new Date(time));
    }
    default:
      throw cannotConvert(raw, attribute);
  }
}
