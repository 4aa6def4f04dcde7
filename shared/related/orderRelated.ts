import { requireFeature, type FeatureDisabled, type FeatureSwitches } from '../config/requireFeature';
import { identityKey } from '../cards/cardFacts';
import type { Region } from '../phone/normalizePhone';
import type { IdentityPoint } from '../vocabulary/card';
import { recordKey, type CrmRecord } from '../vocabulary/crmRecord';
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
  region?: Region;
}

const shares = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));
const objectRank = (object: string) => {
  const rank = (PERSON_OBJECTS as readonly string[]).indexOf(object);
  return rank === -1 ? PERSON_OBJECTS.length : rank;
};

/**
 * PRODUCT.md §5.1: *Related interactions* lists person-level records matching the contact,
 * then records of their household (same address, household or phone), then records created during
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

  const person = candidates.filter(
    (c) => isPersonLevel(c.record.object) && (shares(c.facts.phones, contact.phones) || shares(c.facts.emails, contact.emails)),
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
