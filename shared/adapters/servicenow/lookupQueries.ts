import type { Identifier, LookupTarget } from '../../ivr/lookupPlan';
import { phoneFormats } from '../phoneFormats';
import { anyFieldMatches } from './encodedQuery';
import type { ListOptions } from './table';
import { displayFieldOf } from './tables';

/** What a person or account found by a lookup carries for the card and the IVR besides the plan's fields. */
export const LOOKUP_FIELDS = ['name', 'first_name', 'last_name', 'email', 'phone', 'mobile_phone', 'account', 'household', 'consumer', 'contact'];

/** How many rows one table of a lookup returns. */
export const LOOKUP_LIMIT = 50;

/** The values a field is compared with, and how: ServiceNow compares strings literally, as typed. */
export function lookupValues(identifier: Identifier, value: string): { values: string[]; operator: '=' | 'STARTSWITH' } | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  if (identifier === 'ani') {
    // STARTSWITH also catches a typed extension ("... x105"); the adapter keeps only the same number.
    const formats = phoneFormats(trimmed);
    return formats ? { values: formats.typed, operator: 'STARTSWITH' } : null;
  }
  if (identifier === 'email') return { values: [...new Set([trimmed, trimmed.toLowerCase()])], operator: '=' };
  return { values: [trimmed], operator: '=' };
}

/**
 * One Table API list per target: the encoded query over the fields the plan names
 * (`phone=...^ORmobile_phone=...`), and `sysparm_fields` with the display field, the searched
 * and returned fields (dot-walks such as `account.u_tier` included) and the caller's extra
 * fields. Custom (`u_`) and scoped (`x_vendor_app_table`) tables are targets like any other
 * (https://www.servicenow.com/docs/r/api-reference/rest-apis/c_TableAPI.html).
 */
export function targetList(target: LookupTarget, identifier: Identifier, value: string, extra: readonly string[] = []): ListOptions | null {
  const compared = lookupValues(identifier, value);
  const query = compared && anyFieldMatches(target.fields, compared.values, compared.operator);
  if (!query) return null;
  const fields = [...new Set([displayFieldOf(target.object), ...target.fields, ...(target.returning ?? []), ...LOOKUP_FIELDS, ...extra])];
  return { query, fields, limit: LOOKUP_LIMIT };
}
