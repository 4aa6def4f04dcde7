import type { Crm } from '../vocabulary/crmRecord';
import type { Facts } from './factSchema';

type Fields = Readonly<Record<string, unknown>>;

const isFilled = (value: unknown) => value !== undefined && value !== null && value !== '';

/** A ServiceNow reference read without display values is `{value, link}`; a fact is its value. */
const plain = (value: unknown) =>
  value && typeof value === 'object' && !Array.isArray(value) && 'value' in value && 'link' in value ? (value as { value: unknown }).value : value;

/**
 * A field by its path. ServiceNow answers a dot-walk under its whole name (`"account.u_tier": "Gold"`),
 * Salesforce nests the parent (`Account: {Tier__c: "Gold"}`); both are read.
 */
export function fieldAt(fields: Fields, path: string): unknown {
  if (Object.hasOwn(fields, path)) return plain(fields[path]);
  let value: unknown = fields;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = Object.hasOwn(value, part) ? (value as Fields)[part] : undefined;
  }
  return plain(value);
}

/** One fact of a record: the first filled field the admin mapped for its CRM. */
export function factValue(facts: Facts, crm: Crm, fields: Fields, fact: string): unknown {
  const source = Object.hasOwn(facts, fact) ? facts[fact] : undefined;
  for (const path of source?.[crm] ?? []) {
    const value = fieldAt(fields, path);
    if (isFilled(value)) return value;
  }
  return undefined;
}

/** Every fact the record holds, by name: one vocabulary whatever CRM the caller was found in. */
export function factsOf(facts: Facts, crm: Crm, fields: Fields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(facts)) {
    const value = factValue(facts, crm, fields, name);
    if (isFilled(value)) out[name] = value;
  }
  return out;
}

/** The fields a CRM must return so that every fact can be read (what the IVR's lookup asks for). */
export function factFields(facts: Facts, crm: Crm): string[] {
  return [...new Set(Object.values(facts).flatMap((source) => source[crm]))];
}
