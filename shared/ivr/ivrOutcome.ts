import { isPersonLevel } from '../related/recordFacts';
import { recordKey, type CrmRecord } from '../vocabulary/crmRecord';

/** PRODUCT.md §7.2: one caller, several candidates kept for the agent, or nobody. */
export type IvrOutcome =
  | { outcome: 'identified'; record: CrmRecord; related: CrmRecord[] }
  | { outcome: 'ambiguous'; matches: CrmRecord[] }
  | { outcome: 'not-identified' };

/** Fields through which a record points at the person it belongs to. */
const OWNER_FIELDS = ['ContactId', 'AccountId', 'WhoId', 'consumer', 'contact', 'account', 'requester_id', 'organization_id', '_parentcustomerid_value', '_customerid_value'];

/** A record that belongs to `person` (a case of theirs) or that `person` belongs to (their account). */
function belongsTogether(person: CrmRecord, other: CrmRecord): boolean {
  const refers = (from: CrmRecord, to: CrmRecord) => OWNER_FIELDS.some((f) => from.fields?.[f] !== undefined && from.fields[f] === to.id);
  return refers(other, person) || refers(person, other);
}

/**
 * Identified: one record, or one person with records of their own (their case, their
 * account). Anything else with matches is ambiguous and every match is kept: the IVR
 * never guesses.
 */
export function ivrOutcome(matches: readonly CrmRecord[]): IvrOutcome {
  const seen = new Set<string>();
  const unique = matches.filter((m) => !seen.has(recordKey(m)) && Boolean(seen.add(recordKey(m))));
  if (unique.length === 0) return { outcome: 'not-identified' };
  if (unique.length === 1) return { outcome: 'identified', record: unique[0], related: [] };
  // Accounts are person-level for the card but can hold several people, so a contact wins over its account.
  const people = unique.filter((m) => isPersonLevel(m.object) && !/account/i.test(m.object));
  const candidates = people.length > 0 ? people : unique.filter((m) => isPersonLevel(m.object));
  if (candidates.length === 1) {
    const [person] = candidates;
    const others = unique.filter((m) => m !== person);
    if (others.every((m) => belongsTogether(person, m))) return { outcome: 'identified', record: person, related: others };
  }
  return { outcome: 'ambiguous', matches: unique };
}
