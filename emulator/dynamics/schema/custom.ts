import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { activeInactive } from './attributes';
import type { AttributeDef, EntityDef } from './types';

/**
 * Custom tables and custom columns on standard tables, read from JSON files shaped like a
 * trimmed EntityDefinitions export. Custom names carry a publisher prefix (`cc_`), as
 * Dataverse requires: https://learn.microsoft.com/power-apps/maker/data-platform/create-edit-entities-portal
 */
const name = z.string().regex(/^[a-z][a-z0-9]*_[a-z0-9_]+$/, 'a lower-case name with a publisher prefix such as cc_');

const attribute = z.object({
  logicalName: name,
  type: z.enum(['string', 'memo', 'integer', 'decimal', 'boolean', 'datetime', 'picklist', 'lookup']),
  label: z.string().min(1),
  maxLength: z.number().int().positive().optional(),
  format: z.enum(['text', 'phone', 'email', 'url']).optional(),
  options: z.array(z.object({ value: z.number().int(), label: z.string().min(1) })).optional(),
  /** Tables a lookup points at. */
  targets: z.array(z.string()).min(1).optional(),
  /** Navigation property of a single-target lookup; defaults to the column's name. */
  navigation: z.string().optional(),
  indexed: z.boolean().optional(),
  defaultValue: z.union([z.number(), z.boolean()]).optional(),
});

const newTable = z.object({
  logicalName: name,
  entitySetName: name,
  displayName: z.string().min(1),
  primaryNameAttribute: name,
  alternateKeys: z.array(z.array(name).min(1)).optional(),
  attributes: z.array(attribute).min(1),
});

const extension = z.object({ extends: z.string().min(1), attributes: z.array(attribute).min(1) });

export type CustomFile = { file: string } & ({ kind: 'table'; table: EntityDef } | { kind: 'extension'; entity: string; attributes: AttributeDef[] });

function toAttribute(raw: z.infer<typeof attribute>): AttributeDef {
  const { targets, navigation, ...rest } = raw;
  if (raw.type === 'picklist' && !raw.options?.length) throw new Error(`${raw.logicalName}: a picklist needs options`);
  if (raw.type === 'lookup') {
    if (!targets) throw new Error(`${raw.logicalName}: a lookup needs targets`);
    const navigations = targets.map((entity) => ({ entity, navigation: targets.length === 1 ? (navigation ?? raw.logicalName) : `${raw.logicalName}_${entity}` }));
    return { ...rest, targets: navigations, indexed: raw.indexed ?? true, custom: true };
  }
  return { ...rest, format: raw.format ?? (raw.type === 'string' ? 'text' : undefined), custom: true };
}

/** Reads and validates every `*.json` of `dir`; a bad file stops the emulator with its name. */
export function readCustomFiles(dir: string): CustomFile[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  return files.map((file): CustomFile => {
    const json: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const asExtension = extension.safeParse(json);
    if (asExtension.success) return { file, kind: 'extension', entity: asExtension.data.extends, attributes: asExtension.data.attributes.map(toAttribute) };
    const parsed = newTable.safeParse(json);
    if (!parsed.success) throw new Error(`Dynamics custom metadata ${file}: ${z.prettifyError(parsed.error)}`);
    const raw = parsed.data;
    const attributes = raw.attributes.map(toAttribute);
    if (!attributes.some((a) => a.logicalName === raw.primaryNameAttribute)) throw new Error(`Dynamics custom metadata ${file}: no column ${raw.primaryNameAttribute}`);
    const table: EntityDef = {
      logicalName: raw.logicalName,
      entitySetName: raw.entitySetName,
      displayName: raw.displayName,
      primaryIdAttribute: `${raw.logicalName}id`,
      primaryNameAttribute: raw.primaryNameAttribute,
      alternateKeys: raw.alternateKeys,
      attributes: [...attributes, ...activeInactive()],
      custom: true,
    };
    return { file, kind: 'table', table };
  });
}
