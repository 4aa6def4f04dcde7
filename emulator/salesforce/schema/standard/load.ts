import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { FieldSchema, FieldType } from '../../model/types';

/**
 * The standard objects as data: one JSON file per object in this folder, written once from
 * the Object Reference (each file names its page in `source`). A file lists the object's
 * own fields; the registry adds the system fields (Id, OwnerId, audit fields) every object has.
 * https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/
 */
export interface StandardObject {
  name: string;
  label: string;
  labelPlural: string;
  keyPrefix: string;
  /** Has an OwnerId; `ownerTo` lists what it may point at (User, or Group and User for queues). */
  owned: boolean;
  ownerTo: string[];
  /** False for objects the API cannot delete (User: deactivate instead). */
  deletable: boolean;
  /** False for objects without the Created/LastModified audit fields (ContentDocumentLink). */
  audited: boolean;
  fields: FieldSchema[];
}

const TYPES = ['string', 'textarea', 'email', 'phone', 'url', 'picklist', 'multipicklist', 'combobox', 'boolean', 'int', 'double',
  'currency', 'percent', 'date', 'datetime', 'time', 'reference', 'address', 'base64'] as const satisfies readonly FieldType[];

const picklistValue = z.union([z.string(), z.object({ value: z.string(), label: z.string() })]);

const fieldEntry = z.object({
  name: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/),
  label: z.string(),
  type: z.enum(TYPES),
  length: z.number().int().positive().optional(),
  precision: z.number().int().nonnegative().optional(),
  scale: z.number().int().nonnegative().optional(),
  readOnly: z.boolean().optional(),
  createable: z.boolean().optional(),
  updateable: z.boolean().optional(),
  nillable: z.boolean().optional(),
  required: z.boolean().optional(),
  defaultValue: z.union([z.string(), z.boolean(), z.number()]).optional(),
  values: z.array(picklistValue).optional(),
  restricted: z.boolean().optional(),
  referenceTo: z.array(z.string()).optional(),
  relationshipName: z.string().optional(),
  childRelationshipName: z.string().optional(),
  nameField: z.boolean().optional(),
  searchGroup: z.enum(['NAME', 'EMAIL', 'PHONE']).optional(),
  calculated: z.boolean().optional(),
  autoNumber: z.boolean().optional(),
  unique: z.boolean().optional(),
  externalId: z.boolean().optional(),
  idLookup: z.boolean().optional(),
  htmlFormatted: z.boolean().optional(),
}).strict();

const objectFile = z.object({
  name: z.string(),
  label: z.string(),
  labelPlural: z.string(),
  keyPrefix: z.string().length(3),
  source: z.string().url(),
  owned: z.boolean(),
  ownerTo: z.array(z.string()).optional(),
  deletable: z.boolean().optional(),
  audited: z.boolean().optional(),
  fields: z.array(fieldEntry),
}).strict();

type FieldEntry = z.infer<typeof fieldEntry>;

/** What a type implies unless the entry says otherwise, as describe reports it. */
function typeDefaults(type: FieldType): Partial<FieldSchema> {
  switch (type) {
    case 'email': return { length: 80, searchGroup: 'EMAIL' };
    case 'phone': return { length: 40, searchGroup: 'PHONE' };
    case 'url': return { length: 255 };
    case 'boolean': return { nillable: false, defaultValue: false };
    case 'int': return { precision: 9, scale: 0 };
    case 'double': return { precision: 18, scale: 0 };
    case 'currency': return { precision: 18, scale: 2 };
    case 'percent': return { precision: 3, scale: 0 };
    case 'reference': return { length: 18 };
    case 'picklist': case 'combobox': return { length: 255 };
    case 'multipicklist': return { length: 4099 };
    // Compound fields are read through their components and never written directly.
    case 'address': return { createable: false, updateable: false };
    default: return {};
  }
}

export function fieldFromEntry(entry: FieldEntry): FieldSchema {
  const { readOnly, values, restricted, required, ...rest } = entry;
  const field: FieldSchema = { nillable: true, createable: true, updateable: true, ...typeDefaults(entry.type), ...rest };
  if (readOnly) Object.assign(field, { createable: false, updateable: false });
  if (required) Object.assign(field, { nillable: false, required: true });
  if (values) {
    field.restrictedPicklist = Boolean(restricted);
    field.picklistValues = values.map((v) => {
      const { value, label } = typeof v === 'string' ? { value: v, label: v } : v;
      return { value, label, active: true, defaultValue: value === entry.defaultValue };
    });
  }
  return field;
}

/** Address components name their compound field (`BillingState` -> `BillingAddress`), as describe does. */
function linkCompounds(fields: FieldSchema[]): void {
  const parts = ['Street', 'City', 'State', 'PostalCode', 'Country', 'Latitude', 'Longitude', 'GeocodeAccuracy'];
  for (const address of fields.filter((f) => f.type === 'address')) {
    const prefix = address.name.replace(/Address$/, '');
    for (const field of fields) if (parts.some((p) => field.name === `${prefix}${p}`)) field.compoundFieldName = address.name;
  }
}

const STANDARD_DIR = fileURLToPath(new URL('.', import.meta.url));

/** Validated files by folder: read once per process; each registry still gets its own field objects. */
const parsedByDir = new Map<string, z.infer<typeof objectFile>[]>();

function readObjectFiles(dir: string): z.infer<typeof objectFile>[] {
  const cached = parsedByDir.get(dir);
  if (cached) return cached;
  const parsed = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((file) => {
    const result = objectFile.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    if (!result.success) throw new Error(`Salesforce standard schema ${file}: ${result.error.message}`);
    return result.data;
  });
  parsedByDir.set(dir, parsed);
  return parsed;
}

/** Every object file in `dir`, checked on load: a typo in the data fails at start, naming the file. */
export function loadStandardObjects(dir = STANDARD_DIR): StandardObject[] {
  return readObjectFiles(dir).map(({ source: _source, fields, ...object }) => {
    const built = structuredClone(fields).map(fieldFromEntry);
    linkCompounds(built);
    return { ...object, ownerTo: object.ownerTo ?? ['User'], deletable: object.deletable ?? true, audited: object.audited ?? true, fields: built };
  });
}
