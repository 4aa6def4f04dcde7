import type { Database } from '../data/database';
import { findTable, tableFamily, type FieldDef, type SnRecord } from '../schema';

export interface ResolvedPath {
  /** The reference fields walked through, then the final field. */
  steps: FieldDef[];
  field: FieldDef;
}

/** Checks a (dot-walked) path against the schema; undefined for a field the table lacks. */
export function resolvePath(table: string, path: string): ResolvedPath | undefined {
  const names = path.split('.');
  const steps: FieldDef[] = [];
  let current = findTable(table);
  for (let i = 0; i < names.length; i++) {
    const field = current?.byName.get(names[i]);
    if (!field) return undefined;
    if (i === names.length - 1) return { steps, field };
    if (field.type !== 'reference' || !field.reference) return undefined;
    steps.push(field);
    current = findTable(field.reference);
  }
  return undefined;
}

/** The record a dot-walk ends on (the record itself when there is no dot), or undefined when a reference is empty. */
export function walk(db: Database, record: SnRecord, steps: FieldDef[]): SnRecord | undefined {
  let current: SnRecord | undefined = record;
  for (const step of steps) {
    const id: string | undefined = current?.[step.name];
    current = id ? referencedRecord(db, step.reference!, id) : undefined;
  }
  return current;
}

/** The stored value at the end of a path; "" through an empty reference. */
export function valueAt(db: Database, record: SnRecord, path: ResolvedPath): string {
  return walk(db, record, path.steps)?.[path.field.name] ?? '';
}

/** The record a reference points at: a row of the referenced table or of a table extending it. */
export function referencedRecord(db: Database, table: string, id: string): SnRecord | undefined {
  for (const name of tableFamily(table)) {
    const record = db.get(name, id);
    if (record) return record;
  }
  return undefined;
}
