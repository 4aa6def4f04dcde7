import { requireFeature, type FeatureDisabled, type FeatureSwitches } from '../config/requireFeature';
import { recordKey, type CrmRecord, type CrmRecordRef } from '../vocabulary/crmRecord';

/** PRODUCT.md §3.2: each CSM table fills its own reference field on the case. */
const CASE_FIELDS = {
  csm_consumer: 'consumer',
  customer_contact: 'contact',
  customer_account: 'account',
} as const;

export type ServiceNowRelationField = (typeof CASE_FIELDS)[keyof typeof CASE_FIELDS];

export function servicenowFieldFor(table: string): ServiceNowRelationField | null {
  return (CASE_FIELDS as Record<string, ServiceNowRelationField>)[table] ?? null;
}

/**
 * What the card knows about the case's relations: records related from the card, in the
 * order they were picked. The last one picked is `current`; earlier ones of another type
 * stay related in ServiceNow.
 */
export interface ServiceNowRelations {
  related: { field: ServiceNowRelationField; record: CrmRecordRef }[];
}

export const noServiceNowRelations = (): ServiceNowRelations => ({ related: [] });

export type ServiceNowRelation =
  | { field: ServiceNowRelationField; value: string; replaces: CrmRecordRef | null; relations: ServiceNowRelations }
  | { refused: 'not-relatable' }
  | FeatureDisabled;

/** Same type replaces the relation in its field; a different type adds one (§3.2). */
export function decideServiceNowRelation(
  relations: ServiceNowRelations,
  picked: CrmRecordRef,
  config: FeatureSwitches,
): ServiceNowRelation {
  const disabled = requireFeature(config, 'relate');
  if (disabled) return disabled;
  const field = picked.crm === 'servicenow' ? servicenowFieldFor(picked.object) : null;
  if (field === null) return { refused: 'not-relatable' };
  const replaces = relations.related.find((r) => r.field === field)?.record ?? null;
  const kept = relations.related.filter((r) => r.field !== field);
  return { field, value: picked.id, replaces, relations: { related: [...kept, { field, record: picked }] } };
}

export type RelationIcon = 'current' | 'still-related-in-crm';

/** The card's icon for each related record: green for the current one, white for the others. */
export function relationIcons(relations: ServiceNowRelations): { field: ServiceNowRelationField; record: CrmRecordRef; icon: RelationIcon }[] {
  const last = relations.related.length - 1;
  return relations.related.map((r, i) => ({ ...r, icon: i === last ? 'current' : 'still-related-in-crm' }));
}

export type ServiceNowUnrelation =
  | { clear: ServiceNowRelationField; relations: ServiceNowRelations }
  | { refused: 'not-current' | 'not-related' }
  | FeatureDisabled;

/** Clicking a green icon removes that relation: the case field to clear (§3.2). */
export function unrelateServiceNow(relations: ServiceNowRelations, record: CrmRecordRef, config: FeatureSwitches): ServiceNowUnrelation {
  const disabled = requireFeature(config, 'relate');
  if (disabled) return disabled;
  const key = recordKey(record);
  const icon = relationIcons(relations).find((r) => recordKey(r.record) === key);
  if (!icon) return { refused: 'not-related' };
  if (icon.icon !== 'current') return { refused: 'not-current' };
  return { clear: icon.field, relations: { related: relations.related.filter((r) => recordKey(r.record) !== key) } };
}

/** A related record with no display name shows an empty field and offers a preview (§3.2). */
export function relationDisplay(record: Pick<CrmRecord, 'name'>): { name: string; preview: boolean } {
  const name = record.name.trim();
  return { name, preview: name === '' };
}
