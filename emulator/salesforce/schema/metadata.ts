import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { FieldSchema, RecordTypeSchema, ValidationRuleSchema } from '../model/types';
import { readRecordTypes, readValidationRules } from './rulesMetadata';
import { checkbox, currency, date, dateTime, email, integer, percent, phone, picklist, reference, text, textArea, url } from './fields';

/**
 * Custom objects and fields from the package's source (`force-app/main/default/objects`),
 * read at start so that a field added to the package appears in the emulator.
 * Format: https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customfield.htm
 */
export interface PackageObject {
  name: string;
  label?: string;
  labelPlural?: string;
  nameFieldLabel?: string;
  fields: FieldSchema[];
  validationRules?: ValidationRuleSchema[];
  recordTypes?: Omit<RecordTypeSchema, 'id' | 'isDefault'>[];
}

const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, isArray: (name) => name === 'value' || name === 'referenceTo' });
const truthy = (value: unknown) => String(value) === 'true';

type FieldXml = Record<string, unknown> & { fullName: string; label: string; type: string };

export function fieldFromXml(xml: FieldXml): FieldSchema | undefined {
  const { fullName: name, label, type } = xml;
  const isRequired = truthy(xml.required);
  const extra = { custom: true, externalId: truthy(xml.externalId), unique: truthy(xml.unique), nillable: !isRequired, required: isRequired || undefined };
  const length = Number(xml.length ?? 255);
  const valueSet = xml.valueSet as { restricted?: string; valueSetDefinition?: { value?: { fullName: string; default?: string }[] } } | undefined;
  const values = valueSet?.valueSetDefinition?.value ?? [];
  const defaultValue = values.find((v) => truthy(v.default))?.fullName;
  switch (type) {
    case 'Text': return text(name, label, length, extra);
    case 'TextArea': return textArea(name, label, 255, extra);
    case 'LongTextArea': case 'Html': return textArea(name, label, length, extra);
    case 'Email': return email(name, label, extra);
    case 'Phone': return phone(name, label, extra);
    case 'Url': return { ...url(name, label), ...extra };
    case 'Checkbox': return checkbox(name, label, { custom: true, defaultValue: truthy(xml.defaultValue) });
    case 'Number': return { ...integer(name, label, extra), type: Number(xml.scale ?? 0) > 0 ? 'double' : 'int', precision: Number(xml.precision ?? 18), scale: Number(xml.scale ?? 0) };
    case 'Currency': return { ...currency(name, label), ...extra };
    case 'Percent': return { ...percent(name, label), ...extra };
    case 'Date': return date(name, label, extra);
    case 'DateTime': return dateTime(name, label, extra);
    case 'Picklist': case 'MultiselectPicklist':
      return picklist(name, label, values.map((v) => v.fullName), { restricted: truthy(valueSet?.restricted), defaultValue, multi: type === 'MultiselectPicklist', ...extra });
    case 'Lookup': case 'MasterDetail': {
      // The XML's relationshipName names the parent's child relationship; the parent is reached by `Field__r`.
      const children = xml.relationshipName ? `${String(xml.relationshipName)}__r` : undefined;
      const to = (xml.referenceTo as string[] | undefined) ?? [];
      return reference(name, label, to, name.replace(/__c$/, '__r'), { ...extra, childRelationshipName: children, required: type === 'MasterDetail' || undefined, nillable: type !== 'MasterDetail' });
    }
    default: return undefined;
  }
}

function readXml(file: string): Record<string, unknown> {
  return parser.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/** Every object folder under `objectsDir`, with its object definition (if custom) and fields. */
export function readPackageObjects(objectsDir: string): PackageObject[] {
  if (!existsSync(objectsDir)) return [];
  return readdirSync(objectsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((dir) => {
    const folder = join(objectsDir, dir.name);
    const objectFile = join(folder, `${dir.name}.object-meta.xml`);
    const definition = existsSync(objectFile) ? (readXml(objectFile).CustomObject as Record<string, unknown> | undefined) : undefined;
    const fieldsDir = join(folder, 'fields');
    const fields = existsSync(fieldsDir)
      ? readdirSync(fieldsDir).filter((f) => f.endsWith('.field-meta.xml')).flatMap((f) => {
          const xml = readXml(join(fieldsDir, f)).CustomField as FieldXml | undefined;
          const field = xml && fieldFromXml({ ...xml, fullName: xml.fullName ?? f.replace('.field-meta.xml', '') });
          return field ? [field] : [];
        })
      : [];
    const nameField = definition?.nameField as { label?: string } | undefined;
    return {
      name: dir.name,
      label: definition?.label as string | undefined,
      labelPlural: definition?.pluralLabel as string | undefined,
      nameFieldLabel: nameField?.label,
      fields,
      validationRules: readValidationRules(folder),
      recordTypes: readRecordTypes(folder),
    };
  });
}
