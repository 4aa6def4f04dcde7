import type { QuerySource, SfRecord } from '../../model/types';
import { walk, type FieldPath } from './paths';

/** `attributes` as the REST API writes it on every record. */
export function attributes(type: string, id: string, version: string, urlType = type) {
  return { type, url: `/services/data/v${version}/sobjects/${urlType}/${id}` };
}

export type Row = Record<string, unknown>;

/**
 * Writes one selected path into a result row: direct fields as keys, parent fields nested
 * under the relationship name (`Account: {attributes, Name}`, or null without a parent).
 * Polymorphic parents report the type `Name`, as Salesforce does for Who and What.
 */
export function writePath(row: Row, record: SfRecord, path: FieldPath, source: QuerySource, version: string): void {
  if (path.steps.length === 0) {
    row[path.field.name] = record[path.field.name] ?? null;
    return;
  }
  const parents = walk(source, record, path.steps);
  let target = row;
  for (let i = 0; i < path.steps.length; i++) {
    const step = path.steps[i];
    const parent = parents[i];
    if (!(step.name in target)) {
      const type = source.objectOf(parent?.Id ?? '') ?? step.reference.referenceTo![0];
      target[step.name] = parent ? { attributes: attributes(step.polymorphic ? 'Name' : type, parent.Id, version, type) } : null;
    }
    const next = target[step.name];
    if (!next || !parent) return;
    target = next as Row;
  }
  const parent = parents[parents.length - 1]!;
  target[path.field.name] = path.isType ? (source.objectOf(parent.Id) ?? null) : (parent[path.field.name] ?? null);
}
