import type { FieldSchema, SObjectSchema } from '../model/types';
import { fail } from '../http/errors';
import type { SchemaRegistry } from '../schema/registry';

/** `#N/A` sets a field to null; an empty cell leaves it as it is. https://developer.salesforce.com/docs/atlas.en-us.api_asynch.meta/api_asynch/datafiles_csv_valid_record_rows.htm */
export const NULL_VALUE = '#N/A';

/** How one CSV column writes into a record body: a field, or a parent's key (`Account.External_Id__c`). */
export type ColumnTarget = { field: FieldSchema } | { relationship: string; parentType?: string; keyField: string };

/**
 * Maps the header row to fields; an unknown column fails the whole upload, as Bulk API
 * does with "InvalidBatch : Field name not found : X".
 * https://developer.salesforce.com/docs/atlas.en-us.api_asynch.meta/api_asynch/datafiles_csv_rel_field_header_row.htm
 */
export function mapColumns(registry: SchemaRegistry, schema: SObjectSchema, columns: string[]): ColumnTarget[] {
  return columns.map((column) => {
    const dot = column.indexOf('.');
    if (dot < 0) {
      const field = registry.field(schema.name, column);
      if (!field) throw fail(400, 'InvalidBatch', `InvalidBatch : Field name not found : ${column}`);
      return { field };
    }
    // `Who:Contact.External_Id__c` names the parent type of a polymorphic lookup.
    const [head, keyField] = [column.slice(0, dot), column.slice(dot + 1)];
    const [relationship, parentType] = head.split(':');
    const lookup = schema.fields.find((f) => f.type === 'reference' && f.relationshipName?.toLowerCase() === relationship.toLowerCase());
    if (!lookup) throw fail(400, 'InvalidBatch', `InvalidBatch : Field name not found : ${column}`);
    return { relationship: lookup.relationshipName!, parentType, keyField };
  });
}

const NUMERIC = new Set(['int', 'double', 'currency', 'percent']);

/** A cell as the JSON value the record rules expect (booleans and numbers typed; text as is). */
function typed(field: FieldSchema, cell: string): unknown {
  if (cell === NULL_VALUE) return null;
  if (field.type === 'boolean') return /^(true|1|yes)$/i.test(cell) ? true : /^(false|0|no)$/i.test(cell) ? false : cell;
  if (NUMERIC.has(field.type)) return cell.trim() !== '' && Number.isFinite(Number(cell)) ? Number(cell) : cell;
  return cell;
}

/** One CSV row as a record body, skipping empty cells. */
export function rowBody(targets: ColumnTarget[], row: string[]): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  targets.forEach((target, i) => {
    const cell = row[i] ?? '';
    if (cell === '') return;
    if ('field' in target) body[target.field.name] = typed(target.field, cell);
    else body[target.relationship] = { ...(target.parentType ? { attributes: { type: target.parentType } } : {}), [target.keyField]: cell };
  });
  return body;
}
