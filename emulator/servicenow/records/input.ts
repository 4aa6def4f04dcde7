import type { Database } from '../data/database';
import { isSysId } from '../data/glide';
import { strictReferences } from '../data/properties';
import { isPasswordHash } from '../auth/passwords';
import { fromZone } from './timeZone';
import { referencedRecord } from '../query/path';
import { operationFailed } from '../errors';
import { findTable, mustTable, type FieldDef, type SnRecord, type Table } from '../schema';

export interface ConvertedInput {
  values: SnRecord;
  /** Journal entries to write: field name -> text. */
  journal: Record<string, string>;
  /** A sys_id the client chose for a new record. */
  sysId?: string;
}

/**
 * Turns a request body into stored values. Fields the table lacks are ignored, sys_ fields
 * are not writable, and with sysparm_input_display_value=true references and choices may
 * be given by their display values (KB0534905, Table API FAQs).
 */
export function convertInput(db: Database, table: Table, body: Record<string, unknown>, inputDisplayValue: boolean, timeZone = 'UTC'): ConvertedInput {
  const result: ConvertedInput = { values: {}, journal: {} };
  const strict = strictReferences(db);
  for (const [name, raw] of Object.entries(body)) {
    const field = table.byName.get(name);
    if (!field) continue;
    const text = asText(raw);
    if (name === 'sys_id') {
      if (isSysId(text)) result.sysId = text;
      continue;
    }
    if (name.startsWith('sys_')) continue;
    if (field.type === 'journal_input') {
      if (text.trim() !== '') result.journal[name] = text;
      continue;
    }
    const value = convertValue(db, field, text, inputDisplayValue, strict);
    // A date-time given as a display value is the user's wall clock.
    result.values[name] = field.type === 'glide_date_time' && inputDisplayValue ? fromZone(value, timeZone) : value;
  }
  return result;
}

/** A field given as `{value, display_value}` (as the API renders it) counts by its value; unwound in a loop, not recursion. */
function asText(raw: unknown): string {
  let value = raw;
  while (typeof value === 'object' && value !== null && 'value' in value) value = (value as { value: unknown }).value;
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function convertValue(db: Database, field: FieldDef, text: string, inputDisplayValue: boolean, strict: boolean): string {
  if (text === '') return '';
  switch (field.type) {
    case 'reference':
      return referenceValue(db, field, text, inputDisplayValue, strict);
    case 'choice':
      return choiceValue(field, text, inputDisplayValue, strict);
    // The routes hash a clear password before it gets here (off the event loop); anything else is not stored.
    case 'password2':
      return isPasswordHash(text) ? text : '';
    case 'boolean':
      return text === 'true' || text === '1' ? 'true' : 'false';
    case 'integer':
      return /^-?\d+$/.test(text.trim()) ? String(Number(text.trim())) : '';
    case 'glide_date_time':
      return dateTimeValue(text);
    default:
      return field.maxLength ? text.slice(0, field.maxLength) : text;
  }
}

/**
 * An instance stores an unknown sys_id as it comes (a broken reference whose display value
 * is empty); with the strict property on, the emulator refuses it instead.
 */
function referenceValue(db: Database, field: FieldDef, text: string, inputDisplayValue: boolean, strict: boolean): string {
  const target = mustTable(field.reference!);
  if (referencedRecord(db, target.name, text)) return text;
  if (inputDisplayValue) {
    const [id] = db.lookup(target.name, target.displayField, text);
    if (id) return id;
  }
  if (!strict) return text;
  throw operationFailed(`Invalid reference: ${field.label} '${text}' is not a ${target.label} [${target.name}] record`);
}

/** An unknown choice value is stored as given (the list shows the value itself), unless strict. */
function choiceValue(field: FieldDef, text: string, inputDisplayValue: boolean, strict: boolean): string {
  const choices = field.choices ?? [];
  if (choices.some((c) => c.value === text)) return text;
  const byLabel = inputDisplayValue ? choices.find((c) => c.label === text) : undefined;
  if (byLabel) return byLabel.value;
  if (!strict) return text;
  throw operationFailed(`Invalid choice: ${field.label} '${text}' is not one of ${choices.map((c) => c.value).join(', ')}`);
}

/** "YYYY-MM-DD HH:mm:ss" (or a date alone); anything else is not stored, as the instance drops unparsable dates. */
function dateTimeValue(text: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}:\d{2}))?/.exec(text.trim());
  return match ? `${match[1]} ${match[2] ?? '00:00:00'}` : '';
}

/** With the strict property on, a document_id field must name a record of the table its companion table_name field holds. */
export function checkDocument(db: Database, record: SnRecord, table: Table): void {
  if (!strictReferences(db)) return;
  for (const field of table.fields) {
    if (field.type !== 'document_id' || !record[field.name]) continue;
    const documentTable = record.document_table;
    if (!findTable(documentTable) || !db.get(documentTable, record[field.name])) {
      throw operationFailed(`Invalid reference: ${field.label} '${record[field.name]}' is not a record of '${documentTable}'`);
    }
  }
}

/** Mandatory fields behave as a data policy on REST writes. */
export function checkMandatory(record: SnRecord, table: Table): void {
  const missing = table.fields.filter((f) => f.mandatory && !record[f.name]).map((f) => f.label);
  if (missing.length > 0) throw operationFailed(`Data Policy Exception: \n\tThe following fields are mandatory: ${missing.join(', ')}`);
}
