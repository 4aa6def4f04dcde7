import { requireFeature, type FeatureDisabled, type FeatureSwitches } from '../config/requireFeature';
import { sameRecord, type CrmRecordRef } from '../vocabulary/crmRecord';
import { relatableRecords } from './relatable';
import { decideRelation, type RelationRefusal, type SalesforceRelationField, type TaskRelations } from './salesforceRelation';

/** PRODUCT.md §3.1: relating follows the agent until they choose a record themselves. */
export type RelateMode = { mode: 'auto' } | { mode: 'manual' };

export const initialRelateMode = (config: FeatureSwitches): RelateMode =>
  config.features.relate.autoRelate ? { mode: 'auto' } : { mode: 'manual' };

/** A manual choice overrides the automatic relation for the rest of the interaction. */
export const choseManually = (): RelateMode => ({ mode: 'manual' });

export type AutoRelation =
  | { apply: { field: SalesforceRelationField; value: string; record: CrmRecordRef } }
  | { none: 'manual' | 'nothing-visited' | 'already-related' | RelationRefusal }
  | FeatureDisabled;

/** The relation to apply for the most recently opened record, if any. */
export function autoRelation(
  task: TaskRelations,
  visited: readonly CrmRecordRef[],
  state: RelateMode,
  config: FeatureSwitches,
): AutoRelation {
  const disabled = requireFeature(config, 'relate');
  if (disabled) return disabled;
  if (state.mode === 'manual') return { none: 'manual' };
  const [latest] = relatableRecords(visited.filter((ref) => ref.crm === 'salesforce'));
  if (!latest) return { none: 'nothing-visited' };
  const decision = decideRelation(task, latest, config);
  if ('refused' in decision) return decision.refused === 'feature-disabled' ? decision : { none: decision.refused };
  const current = task[decision.field];
  if (current && sameRecord(current, latest)) return { none: 'already-related' };
  return { apply: { ...decision, record: latest } };
}
