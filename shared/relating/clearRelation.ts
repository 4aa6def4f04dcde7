import { requireFeature, type FeatureDisabled, type FeatureSwitches } from '../config/requireFeature';
import type { SalesforceRelationField, TaskRelations } from './salesforceRelation';

export type RelationClearing = { field: SalesforceRelationField; value: null } | { refused: 'already-empty' } | FeatureDisabled;

/**
 * PRODUCT.md §3.1: the agent empties Name (WhoId) or Related To (WhatId) of the interaction
 * Task. Salesforce clears a reference when it is written as null; clearing is a manual choice,
 * so auto-relate stops filling the field again for the rest of the interaction.
 */
export function decideClear(task: TaskRelations, field: SalesforceRelationField, config: FeatureSwitches): RelationClearing {
  const disabled = requireFeature(config, 'relate');
  if (disabled) return disabled;
  if (task[field] === null) return { refused: 'already-empty' };
  return { field, value: null };
}
