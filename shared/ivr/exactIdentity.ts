import type { CrmRecord } from '../vocabulary/crmRecord';

/**
 * A search hit identifies a caller only when one of its fields holds the very address they
 * gave (issue 23, finding 7): a search engine may treat `*` or `?` as wildcards whatever we
 * escape, and `maria*@acme.example` must not be Maria.
 */
export function holdsExactEmail(record: CrmRecord, email: string): boolean {
  const wanted = email.trim().toLowerCase();
  return Object.values(record.fields ?? {}).some((value) => typeof value === 'string' && value.trim().toLowerCase() === wanted);
}
