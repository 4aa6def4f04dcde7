import type { Identifier, LookupTarget } from '../../ivr/lookupPlan';
import { phoneFormats } from '../phoneFormats';

/** An OData string literal: single quotes doubled (https://docs.oasis-open.org/odata/odata/v4.01/odata-v4.01-part2-url-conventions.html). */
export const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * The `$filter` for one target of the plan: Dataverse compares phone columns as typed text, so
 * the number is asked for in the formats people type it in, with `startswith` to also catch a
 * typed extension; the adapter keeps only rows holding the same number. Other identifiers are
 * compared as they are (Dataverse's default collation ignores case). `columns` are the target's
 * fields as the table names them (a lookup as `_name_value`).
 */
export function targetFilter(columns: readonly string[], identifier: Identifier, value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed || columns.length === 0) return null;
  if (identifier === 'ani') {
    const formats = phoneFormats(trimmed);
    if (!formats) return null;
    return columns.flatMap((column) => formats.typed.map((typed) => `startswith(${column},${literal(typed)})`)).join(' or ');
  }
  if (identifier === 'email' && !/^\S+@\S+$/.test(trimmed)) return null;
  return columns.map((column) => `${column} eq ${literal(trimmed)}`).join(' or ');
}

/** What a found row carries for the card, the greeting and the IVR besides the plan's fields. */
export const LOOKUP_FIELDS: Record<string, readonly string[]> = {
  contact: ['firstname', 'lastname', 'fullname', 'emailaddress1', 'telephone1', 'mobilephone', 'parentcustomerid'],
  account: ['name', 'accountnumber', 'telephone1', 'primarycontactid'],
  incident: ['title', 'ticketnumber', 'customerid', 'statecode'],
};

/** The fields one target's search reads: the plan's, the adapter's and the caller's extra ones. */
export const targetFields = (target: LookupTarget, extra: readonly string[]) => [
  ...new Set([...target.fields, ...(target.returning ?? []), ...(LOOKUP_FIELDS[target.object] ?? []), ...extra]),
];
