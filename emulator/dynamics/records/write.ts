import { randomInt, randomUUID } from 'node:crypto';
import type { Database } from '../data/database';
import { ODataError } from '../http/errors';
import type { Registry } from '../schema/registry';
import { isLookup, type Entity, type Row } from '../schema/types';
import { isoSeconds } from './format';
import { convertBody } from './input';

export interface WriteContext {
  db: Database;
  registry: Registry;
  now?: () => Date;
}

/**
 * Create, update and delete with the platform's own effects: defaults, derived columns,
 * auto-numbers, a new row version on every change, status reasons kept in step with
 * their status, and lookups to a deleted record cleared.
 * https://learn.microsoft.com/power-apps/developer/data-platform/webapi/update-delete-entities-using-web-api
 */
export function createRow(context: WriteContext, entity: Entity, body: unknown, preset: Row = {}): Row {
  const values = { ...convertBody(context.db, context.registry, entity, body), ...preset };
  const id = typeof values[entity.primaryIdAttribute] === 'string' ? (values[entity.primaryIdAttribute] as string) : randomUUID();
  if (context.db.get(entity.logicalName, id)) throw ODataError.duplicate();
  const row: Row = {};
  for (const attribute of entity.attributes) row[attribute.logicalName] = attribute.defaultValue ?? null;
  Object.assign(row, values, { [entity.primaryIdAttribute]: id });
  for (const attribute of entity.attributes) {
    if (attribute.required && row[attribute.logicalName] === null) {
      throw ODataError.invalidArgument(isLookup(attribute) ? 'You should specify a parent contact or account.' : `Attribute '${attribute.logicalName}' cannot be NULL.`);
    }
  }
  const auto = entity.autoNumber;
  if (auto && row[auto.attribute] === null) row[auto.attribute] = autoNumber(auto.prefix, context.db.nextNumber(entity.logicalName, auto.start));
  const stamp = isoSeconds(context.now?.() ?? new Date());
  return save(context, entity, row, { createdon: stamp, modifiedon: stamp }, values);
}

export function updateRow(context: WriteContext, entity: Entity, id: string, body: unknown): Row {
  const before = context.db.get(entity.logicalName, id);
  if (!before) throw ODataError.notFound(entity.logicalName, id);
  const values = convertBody(context.db, context.registry, entity, body);
  delete values[entity.primaryIdAttribute];
  return save(context, entity, { ...before, ...values }, { modifiedon: isoSeconds(context.now?.() ?? new Date()) }, values);
}

export function deleteRow(context: WriteContext, entity: Entity, id: string): void {
  if (!context.db.get(entity.logicalName, id)) throw ODataError.notFound(entity.logicalName, id);
  context.db.remove(entity.logicalName, id);
  // The lookups that pointed at it are emptied (the relationship's "Remove Link" behavior).
  for (const other of context.registry.entities) {
    for (const attribute of other.attributes) {
      if (!attribute.targets?.some((t) => t.entity === entity.logicalName)) continue;
      for (const referrer of [...context.db.withKey(other.logicalName, attribute.logicalName, id)]) {
        const row = context.db.get(other.logicalName, referrer)!;
        save(context, other, { ...row, [attribute.logicalName]: null }, {}, {});
      }
    }
  }
}

function save(context: WriteContext, entity: Entity, row: Row, stamps: Row, changed: Row): Row {
  keepStatusInStep(entity, row, changed);
  Object.assign(row, entity.derive?.(row), stamps, { versionnumber: context.db.nextVersion() });
  context.db.put(entity.logicalName, row[entity.primaryIdAttribute] as string, row);
  return row;
}

/** A new status without a reason takes the status's default reason; a reason must belong to its status. */
function keepStatusInStep(entity: Entity, row: Row, changed: Row): void {
  const reasons = entity.byName.get('statuscode')?.options;
  if (!reasons) return;
  if ('statecode' in changed && !('statuscode' in changed)) row.statuscode = reasons.find((r) => r.state === row.statecode)?.value ?? row.statuscode;
  const reason = reasons.find((r) => r.value === row.statuscode);
  if (reason && reason.state !== row.statecode) {
    if ('statecode' in changed) throw ODataError.invalidArgument(`${row.statuscode} is not a valid status code for state code ${row.statecode} on ${entity.logicalName}.`);
    row.statecode = reason.state ?? row.statecode;
  }
}

/** CAS-01001-X1Y2Z3: prefix, sequence, then a random letter-digit suffix. */
function autoNumber(prefix: string, sequence: number): string {
  const letters = 'ABCDEFGHJKLMNPQRSTVWXYZ';
  let suffix = '';
  for (let i = 0; i < 6; i++) suffix += i % 2 === 0 ? letters[randomInt(letters.length)] : String(randomInt(10));
  return `${prefix}-${String(sequence).padStart(5, '0')}-${suffix}`;
}
