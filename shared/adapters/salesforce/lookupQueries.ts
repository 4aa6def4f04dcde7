import type { LookupTarget } from '../../ivr/lookupPlan';
import { nameFieldOf } from './naming';
import { soqlString } from './soql';
import { phoneSearch, type Returning } from './sosl';

/** How many matches one object of a lookup returns: the IVR never needs more to tell one caller from many. */
export const LOOKUP_LIMIT = 50;

/** What a target returns: the id and name, the fields it searched, those it names, and the caller's extra fields. */
export function returnedFields(target: LookupTarget, extra: readonly string[] = []): string[] {
  return [...new Set(['Id', nameFieldOf(target.object), ...target.fields, ...(target.returning ?? []), ...extra])];
}

/**
 * `SELECT ... FROM Object WHERE (F1 IN ('a','b') OR F2 IN ('a','b')) LIMIT 50`: a target searched
 * by its fields for any of the values, standard and custom objects alike
 * (https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_comparisonoperators.htm).
 */
export function targetSoql(target: LookupTarget, fields: readonly string[], values: readonly string[], extra: readonly string[] = []): string {
  const list = [...new Set(values)].map(soqlString).join(', ');
  const where = fields.map((field) => `${field} IN (${list})`).join(' OR ');
  return `SELECT ${returnedFields(target, extra).join(', ')} FROM ${target.object} WHERE (${where}) LIMIT ${LOOKUP_LIMIT}`;
}

/** One SOSL over the phone-typed fields of several targets: `FIND {digits} IN PHONE FIELDS RETURNING Contact(...), ...`. */
export function targetsPhoneSosl(targets: { target: LookupTarget; extra: readonly string[] }[], digitVariants: string[]): string {
  const returning: Returning = Object.fromEntries(targets.map(({ target, extra }) => [target.object, returnedFields(target, extra)]));
  return phoneSearch(digitVariants, returning);
}
