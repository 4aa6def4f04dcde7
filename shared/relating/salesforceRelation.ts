import { requireFeature, type FeatureDisabled, type FeatureSwitches } from '../config/requireFeature';
import type { CrmRecordRef } from '../vocabulary/crmRecord';

/** The Task's two relation fields, each with the object type of the record it holds. */
export interface TaskRelations {
  WhoId: CrmRecordRef | null;
  WhatId: CrmRecordRef | null;
}

export type SalesforceRelationField = 'WhoId' | 'WhatId';

export type RelationRefusal = 'lead-in-name' | 'related-to-filled' | 'not-relatable';

export type SalesforceRelation =
  | { field: SalesforceRelationField; value: string }
  | { refused: RelationRefusal }
  | FeatureDisabled;

/** Name (WhoId) takes people. https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_task.htm */
const NAME_OBJECTS = new Set(['Lead', 'Contact']);

/** Related To (WhatId) takes these standard objects and any custom object. */
const RELATED_TO_OBJECTS = new Set(['Account', 'Campaign', 'Case', 'Opportunity', 'Contract', 'Asset']);

export function salesforceFieldFor(object: string): SalesforceRelationField | null {
  if (NAME_OBJECTS.has(object)) return 'WhoId';
  if (RELATED_TO_OBJECTS.has(object) || object.endsWith('__c')) return 'WhatId';
  return null;
}

/**
 * PRODUCT.md §3.1: which field of the Task a picked record fills, or why it cannot.
 * Salesforce rejects a Task whose WhoId is a lead and whose WhatId is set
 * (FIELD_INTEGRITY_EXCEPTION), so the domain refuses before the write.
 */
export function decideRelation(task: TaskRelations, picked: CrmRecordRef, config: FeatureSwitches): SalesforceRelation {
  const disabled = requireFeature(config, 'relate');
  if (disabled) return disabled;
  const field = picked.crm === 'salesforce' ? salesforceFieldFor(picked.object) : null;
  if (field === null) return { refused: 'not-relatable' };
  if (field === 'WhatId' && task.WhoId?.object === 'Lead') return { refused: 'lead-in-name' };
  if (picked.object === 'Lead' && task.WhatId !== null) return { refused: 'related-to-filled' };
  return { field, value: picked.id };
}

/** The Task as it will be once the relation is written. */
export function applyRelation(task: TaskRelations, picked: CrmRecordRef, relation: { field: SalesforceRelationField }): TaskRelations {
  return { ...task, [relation.field]: picked };
}
