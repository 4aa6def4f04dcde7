import type { ChildRelationshipSchema, FieldSchema, SObjectSchema } from '../model/types';
import { systemFields, text } from './fields';
import { attachRules } from './attachRules';
import { readPackageObjects, type PackageObject } from './metadata';
import { fileURLToPath } from 'node:url';
import { loadStandardObjects } from './standard/load';

/** Every object the emulated org knows: standard ones plus the package's custom objects and fields. */
export interface SchemaRegistry {
  get(name: string): SObjectSchema | undefined;
  all(): SObjectSchema[];
  byKeyPrefix(prefix: string): SObjectSchema | undefined;
  field(objectName: string, fieldName: string): FieldSchema | undefined;
}

/** Activity fields live under `objects/Activity/` and apply to both Task and Event, as in Salesforce. */
const targetsOf = (folder: string) => (folder === 'Activity' ? ['Task', 'Event'] : [folder]);

/**
 * Emulator-only metadata for the demo (validation rules, record types) that the product's
 * package does not ship; it uses the package's folder layout.
 */
const DEMO_OBJECTS_DIR = fileURLToPath(new URL('./demo/objects', import.meta.url));

export function buildRegistry(packageObjects: PackageObject[], demoObjects: PackageObject[] = readPackageObjects(DEMO_OBJECTS_DIR)): SchemaRegistry {
  const schemas = new Map<string, SObjectSchema>();
  for (const object of loadStandardObjects()) {
    const [id, ...system] = systemFields(object);
    schemas.set(object.name, { name: object.name, label: object.label, labelPlural: object.labelPlural, keyPrefix: object.keyPrefix, custom: false, deletable: object.deletable ?? true, fields: [id, ...object.fields, ...system], childRelationships: [] });
  }
  const customs = packageObjects.filter((o) => o.name.endsWith('__c')).sort((a, b) => a.name.localeCompare(b.name));
  customs.forEach((object, index) => {
    const [id, ...system] = systemFields({ owned: true });
    const nameField = text('Name', object.nameFieldLabel ?? `${object.label ?? object.name} Name`, 80, { nameField: true, searchGroup: 'NAME' });
    schemas.set(object.name, {
      name: object.name, label: object.label ?? object.name, labelPlural: object.labelPlural ?? object.label ?? object.name,
      keyPrefix: `a0${'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'[index]}`, custom: true, deletable: true, fields: [id, nameField, ...system], childRelationships: [],
    });
  });
  for (const object of packageObjects) {
    for (const target of targetsOf(object.name)) {
      const schema = schemas.get(target);
      if (!schema) continue;
      const known = new Set(schema.fields.map((f) => f.name));
      schema.fields.push(...object.fields.filter((f) => !known.has(f.name)).map((f) => ({ ...f })));
    }
  }
  // Custom objects allow activities, so Tasks and Events may relate to them.
  for (const activity of ['Task', 'Event']) {
    const whatId = schemas.get(activity)?.fields.find((f) => f.name === 'WhatId');
    whatId?.referenceTo?.push(...customs.map((c) => c.name));
  }
  attachRules(schemas, [...packageObjects, ...demoObjects]);
  for (const child of schemas.values()) {
    for (const field of child.fields) {
      const relationshipName = field.childRelationshipName;
      if (field.type !== 'reference' || !relationshipName) continue;
      field.childRelationshipName = relationshipName;
      for (const parent of field.referenceTo ?? []) {
        const rel: ChildRelationshipSchema = { childSObject: child.name, field: field.name, relationshipName };
        schemas.get(parent)?.childRelationships.push(rel);
      }
    }
  }
  const byPrefix = new Map([...schemas.values()].map((s) => [s.keyPrefix, s]));
  const fieldIndex = new Map([...schemas.values()].map((s) => [s.name, new Map(s.fields.map((f) => [f.name.toLowerCase(), f]))]));
  return {
    get: (name) => schemas.get(name) ?? [...schemas.values()].find((s) => s.name.toLowerCase() === name.toLowerCase()),
    all: () => [...schemas.values()],
    byKeyPrefix: (prefix) => byPrefix.get(prefix),
    field: (objectName, fieldName) => fieldIndex.get(objectName)?.get(fieldName.toLowerCase()),
  };
}
