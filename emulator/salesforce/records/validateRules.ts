import type { SfRecord, SObjectSchema } from '../model/types';
import { SalesforceError, sfError } from '../http/errors';
import type { RecordStore } from './recordStore';
import { evaluate, type FormulaValue } from './validateFormulaEval';

/**
 * Runs the object's active validation rules on the record as it will be saved. Every rule
 * whose condition is true adds a FIELD_CUSTOM_VALIDATION_EXCEPTION with the rule's message,
 * naming its error display field (none when the message shows at the top of the page).
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm
 */
export function checkValidationRules(store: RecordStore, schema: SObjectSchema, record: SfRecord, previous: SfRecord | undefined): void {
  const rules = (schema.validationRules ?? []).filter((r) => r.active);
  if (rules.length === 0) return;
  const context = {
    read: (path: string[]) => readPath(store, schema, record, path),
    prior: (path: string[]) => (previous ? readPath(store, schema, previous, path) : null),
    isNew: previous === undefined,
  };
  const failed = rules.filter((rule) => evaluate(rule.formula, context) === true);
  if (failed.length) {
    throw new SalesforceError(400, failed.map((rule) => sfError('FIELD_CUSTOM_VALIDATION_EXCEPTION', rule.errorMessage, rule.errorDisplayField ? [rule.errorDisplayField] : [])));
  }
}

/** A field of the record, or of a parent reached through relationship names (`RecordType.DeveloperName`). */
function readPath(store: RecordStore, schema: SObjectSchema, record: SfRecord | undefined, path: string[]): FormulaValue {
  if (!record) return null;
  const [head, ...rest] = path;
  const lower = head.toLowerCase();
  if (rest.length === 0) {
    const field = schema.fields.find((f) => f.name.toLowerCase() === lower);
    const value = field ? record[field.name] : undefined;
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
  }
  const link = schema.fields.find((f) => f.type === 'reference' && f.relationshipName?.toLowerCase() === lower);
  const id = link ? record[link.name] : undefined;
  const parent = typeof id === 'string' ? store.byId(id) : undefined;
  const parentSchema = parent ? store.schema(store.objectOf(parent.Id) ?? '') : undefined;
  return parentSchema ? readPath(store, parentSchema, parent, rest) : null;
}
