import { requireFeature, type FeatureDisabled, type FeatureSwitches } from '../config/requireFeature';
import { identityKey } from '../cards/cardFacts';
import type { Region } from '../phone/normalizePhone';
import type { IdentityPoint } from '../vocabulary/card';
import { recordKey, sameRecord, type CrmRecord, type CrmRecordRef } from '../vocabulary/crmRecord';
import { isPersonLevel, PERSON_OBJECTS, recordFacts, type RecordFacts } from './recordFacts';

export type RelatedGroup = 'person' | 'household' | 'created';

export interface RelatedEntry {
  record: CrmRecord;
  group: RelatedGroup;
}

export interface RelatedFacts {
  /** The contact's identity points (phone, email) from the card. */
  identityPoints: readonly IdentityPoint[];
  /** Records the CRM returned for the contact and around them. */
  records: readonly CrmRecord[];
  /** Records the agent created during this interaction (§4.1). */
  created: readonly CrmRecord[];
  /**
   * The records the IVR identified the caller by (`ivr.matches` when identified): a caller known
   * by an account or case number matches them, and what belongs to them, whatever number they
   * called from (issue 15 item 8).
   */
  identified?: readonly CrmRecordRef[];
  region?: Region;
}

const shares = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));

/** Fields through which a record belongs to an account, a person or a case (a contact's account, a case's contact). */
const OWNER_FIELDS = ['AccountId', 'ContactId', 'WhoId', 'WhatId', 'ParentId', 'account', 'contact', 'consumer', 'parent', 'organization_id', 'requester_id'];
const ownerIdOf = (value: unknown) => (value !== null && typeof value === 'object' ? (value as { value?: unknown }).value : value);

/** Whether the record is one the caller was identified by, or belongs to one (their contacts, their cases). */
function belongsToIdentified(record: CrmRecord, identified: readonly CrmRecordRef[]): boolean {
  if (identified.some((ref) => sameRecord(ref, record))) return true;
  const mine = identified.filter((ref) => ref.crm === record.crm).map((ref) => ref.id);
  return OWNER_FIELDS.some((field) => {
    const id = ownerIdOf(record.fields?.[field]);
    return typeof id === 'string' && mine.includes(id);
  });
}
const objectRank = (object: string) => {
  const rank = (PERSON_OBJECTS as readonly string[]).indexOf(object);
  return rank === -1 ? PERSON_OBJECTS.length : rank;
};

/**
 * PRODUCT.md §5.1: *Related interactions* lists the records matching the contact (person-level
 * records with their phone or email; for a caller the IVR identified by an account or case
 * number, those records and what belongs to them: the account's contacts and cases), then
 * records of their household (same address, household or phone), then records created during
 * this interaction. Each record once; records that match nothing are left out.
 */
export function orderRelated(facts: RelatedFacts, config: FeatureSwitches): RelatedEntry[] | FeatureDisabled {
  const disabled = requireFeature(config, 'related');
  if (disabled) return disabled;
  const keys = facts.identityPoints.map((p) => identityKey(p, facts.region)).filter((k): k is string => k !== null);
  const contact: RecordFacts = {
    phones: keys.filter((k) => k.startsWith('phone:')).map((k) => k.slice(6)),
    emails: keys.filter((k) => k.startsWith('email:')).map((k) => k.slice(6)),
    homes: [],
  };
  const seen = new Set(facts.created.map(recordKey));
  const candidates: { record: CrmRecord; facts: RecordFacts }[] = [];
  for (const record of facts.records) {
    const key = recordKey(record);
    if (seen.has(key)) continue;
    seen.add(key);
    candidates.push({ record, facts: recordFacts(record, facts.region) });
  }

  const identified = facts.identified ?? [];
  const person = candidates.filter(
    (c) =>
      (isPersonLevel(c.record.object) && (shares(c.facts.phones, contact.phones) || shares(c.facts.emails, contact.emails))) ||
      belongsToIdentified(c.record, identified),
  );
  const personPhones = person.flatMap((p) => p.facts.phones);
  const personHomes = person.flatMap((p) => p.facts.homes);
  const household = candidates.filter(
    (c) => !person.includes(c) && (shares(c.facts.phones, personPhones) || shares(c.facts.homes, personHomes)),
  );
  const byObject = (a: { record: CrmRecord }, b: { record: CrmRecord }) => objectRank(a.record.object) - objectRank(b.record.object);

  return [
    ...[...person].sort(byObject).map((c) => ({ record: c.record, group: 'person' as const })),
    ...[...household].sort(byObject).map((c) => ({ record: c.record, group: 'household' as const })),
    ...facts.created.map((record) => ({ record, group: 'created' as const })),
  ];
}
