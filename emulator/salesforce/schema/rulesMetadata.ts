import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { RecordTypeSchema, ValidationRuleSchema } from '../model/types';
import { FormulaSyntaxError, parseFormula } from '../records/validateFormulaParse';

/**
 * Validation rules and record types of one object folder, in the Metadata API's source format:
 * `validationRules/*.validationRule-meta.xml` and `recordTypes/*.recordType-meta.xml`.
 * https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customobject.htm
 * https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_recordtype.htm
 */
const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, isArray: (name) => name === 'picklistValues' || name === 'values' });
const truthy = (value: unknown) => String(value) === 'true';

function files(folder: string, suffix: string): { name: string; xml: Record<string, unknown> }[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).filter((f) => f.endsWith(suffix)).sort().map((f) => ({
    name: f.slice(0, -suffix.length),
    xml: parser.parse(readFileSync(join(folder, f), 'utf8')) as Record<string, unknown>,
  }));
}

export function readValidationRules(objectFolder: string): ValidationRuleSchema[] {
  return files(join(objectFolder, 'validationRules'), '.validationRule-meta.xml').map(({ name, xml }) => {
    const rule = (xml.ValidationRule ?? {}) as Record<string, unknown>;
    const source = String(rule.errorConditionFormula ?? '');
    try {
      return {
        name: String(rule.fullName ?? name), active: truthy(rule.active), formula: parseFormula(source),
        errorMessage: String(rule.errorMessage ?? ''), errorDisplayField: rule.errorDisplayField ? String(rule.errorDisplayField) : undefined,
      };
    } catch (error) {
      if (error instanceof FormulaSyntaxError) throw new Error(`Validation rule ${objectFolder}/${name}: ${error.message}`);
      throw error;
    }
  });
}

/** Record type files URL-encode picklist values (`Closed%2FWon`); a stray `%` stays as written. */
function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

type RecordTypeXml = { fullName?: string; label?: string; active?: string; description?: string; picklistValues?: { picklist: string; values?: { fullName: string }[] }[] };

/**
 * Record types without ids or default: the registry numbers them (stable across restarts) and
 * makes the first active one the default, standing in for the profile's default assignment.
 */
export function readRecordTypes(objectFolder: string): Omit<RecordTypeSchema, 'id' | 'isDefault'>[] {
  return files(join(objectFolder, 'recordTypes'), '.recordType-meta.xml').map(({ name, xml }) => {
    const rt = (xml.RecordType ?? {}) as RecordTypeXml;
    const picklistValues = Object.fromEntries((rt.picklistValues ?? []).map((p) => [p.picklist, (p.values ?? []).map((v) => decoded(v.fullName))]));
    return {
      developerName: String(rt.fullName ?? name), label: String(rt.label ?? name), active: truthy(rt.active),
      description: rt.description, picklistValues,
    };
  });
}
