import type { FieldSchema, QuerySource, SfRecord, SObjectSchema } from '../../model/types';
import { columnOf, noSuchColumn, positioned, unsupportedType } from '../errors';

/** One hop from a record to its parent through a reference field. */
export interface RelationshipStep {
  reference: FieldSchema;
  /** The relationship name with its schema casing (`Account`, `Who`). */
  name: string;
  polymorphic: boolean;
}

/** A resolved `Account.Owner.Name`-style path, with schema casing. */
export interface FieldPath {
  steps: RelationshipStep[];
  /** The final field; `Type` on a polymorphic parent is the parent's object name. */
  field: FieldSchema;
  isType: boolean;
  /** The path as Salesforce echoes it (schema casing). */
  text: string;
}

const typeField: FieldSchema = { name: 'Type', label: 'Type', type: 'string', nillable: true, createable: false, updateable: false };

export function findField(schema: SObjectSchema, name: string): FieldSchema | undefined {
  const lower = name.toLowerCase();
  return schema.fields.find((f) => f.name.toLowerCase() === lower);
}

export function requireObject(source: QuerySource, name: string, statement: string): SObjectSchema {
  const lower = name.toLowerCase();
  const schema = source.schema(name) ?? source.schemas().find((s) => s.name.toLowerCase() === lower);
  if (!schema) throw unsupportedType(statement, name);
  return schema;
}

function badRelationship(statement: string, name: string) {
  return positioned(
    'INVALID_FIELD',
    statement,
    columnOf(statement, name),
    `Didn't understand relationship '${name}' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.`,
  );
}

/** Resolves a dotted path from `root`; `alias` is the FROM clause's optional object alias. */
export function resolvePath(source: QuerySource, root: SObjectSchema, raw: string, statement: string, alias?: string): FieldPath {
  const parts = raw.split('.');
  if (parts.length > 1 && (parts[0].toLowerCase() === alias?.toLowerCase() || parts[0].toLowerCase() === root.name.toLowerCase())) parts.shift();
  let current: SObjectSchema[] = [root];
  const steps: RelationshipStep[] = [];
  for (const part of parts.slice(0, -1)) {
    const lower = part.toLowerCase();
    const reference = current.length === 1 ? current[0].fields.find((f) => f.relationshipName?.toLowerCase() === lower) : undefined;
    if (!reference || !reference.referenceTo?.length) throw badRelationship(statement, part);
    const polymorphic = reference.referenceTo.length > 1;
    steps.push({ reference, name: reference.relationshipName!, polymorphic });
    current = reference.referenceTo.map((n) => source.schema(n)).filter((s): s is SObjectSchema => Boolean(s));
  }
  const last = parts[parts.length - 1];
  const polymorphicParent = steps.length > 0 && steps[steps.length - 1].polymorphic;
  if (polymorphicParent && last.toLowerCase() === 'type') return { steps, field: typeField, isType: true, text: joined(steps, 'Type') };
  const field = current.map((s) => findField(s, last)).find(Boolean);
  if (!field) throw noSuchColumn(statement, last, current[0]?.name ?? root.name, raw);
  return { steps, field, isType: false, text: joined(steps, field.name) };
}

function joined(steps: RelationshipStep[], field: string): string {
  return [...steps.map((s) => s.name), field].join('.');
}

/** The parent records a path walks through, stopping with null at an empty reference. */
export function walk(source: QuerySource, record: SfRecord, steps: RelationshipStep[]): (SfRecord | null)[] {
  const parents: (SfRecord | null)[] = [];
  let current: SfRecord | null = record;
  for (const step of steps) {
    const id: unknown = current ? current[step.reference.name] : null;
    current = typeof id === 'string' && id ? (source.byId(id) ?? null) : null;
    parents.push(current);
  }
  return parents;
}

export function readPath(source: QuerySource, record: SfRecord, path: FieldPath): unknown {
  if (path.steps.length === 0) return record[path.field.name] ?? null;
  const parents = walk(source, record, path.steps);
  const parent = parents[parents.length - 1];
  if (!parent) return null;
  if (path.isType) return source.objectOf(parent.Id) ?? null;
  return parent[path.field.name] ?? null;
}
