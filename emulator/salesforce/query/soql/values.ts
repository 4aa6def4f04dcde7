import type { FieldSchema } from '../../model/types';
import { dateLiteralRange, type DateRange } from './dateLiterals';

/** A WHERE literal after parsing, ready to compare with a field value. */
export type Operand =
  | { kind: 'null' }
  | { kind: 'string'; value: string; raw: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'instant'; value: number }
  | { kind: 'range'; range: DateRange };

/** A field value reduced to something comparable, or null. */
export type Comparable = string | number | boolean | null;

const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '"': '"', "'": "'", '\\': '\\' };

/** Removes the quotes and resolves SOQL's backslash escapes (`\'`, `\n`, `\\`, ...). */
export function unquote(literal: string): string {
  return literal.slice(1, -1).replace(/\\(.)/g, (_m, c: string) => escapes[c] ?? `\\${c}`);
}

/** SOQL datetimes are ISO 8601 with `Z` or an offset written `+hh:mm` or `+hhmm`. */
export function parseInstant(text: string): number {
  return Date.parse(text.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
}

export function toOperand(value: string, literalType: string | undefined, now: Date): Operand | undefined {
  switch (literalType) {
    case 'STRING': return { kind: 'string', value: unquote(value), raw: value.slice(1, -1) };
    case 'INTEGER':
    case 'DECIMAL': return { kind: 'number', value: Number(value) };
    case 'BOOLEAN': return { kind: 'boolean', value: value.toUpperCase() === 'TRUE' };
    case 'NULL': return { kind: 'null' };
    case 'DATE': return { kind: 'instant', value: Date.parse(`${value}T00:00:00Z`) };
    case 'DATETIME': return { kind: 'instant', value: parseInstant(value) };
    case 'DATE_LITERAL':
    case 'DATE_N_LITERAL': {
      const range = dateLiteralRange(value, now);
      return range && { kind: 'range', range };
    }
    default: return undefined;
  }
}

const numberTypes = new Set(['int', 'double', 'currency', 'percent']);

export type FieldKind = 'text' | 'id' | 'number' | 'boolean' | 'temporal';

export function kindOf(field: FieldSchema): FieldKind {
  if (field.type === 'id' || field.type === 'reference') return 'id';
  if (numberTypes.has(field.type)) return 'number';
  if (field.type === 'boolean') return 'boolean';
  if (field.type === 'date' || field.type === 'datetime') return 'temporal';
  return 'text';
}

/** Reduces a stored value: text lowercased (SOQL compares text case-insensitively), ids to 15 characters. */
export function comparable(kind: FieldKind, value: unknown): Comparable {
  if (value === null || value === undefined || value === '') return null;
  switch (kind) {
    case 'text': return String(value).toLowerCase();
    case 'id': return String(value).slice(0, 15);
    case 'number': return Number(value);
    case 'boolean': return value === true || value === 'true';
    case 'temporal': return typeof value === 'number' ? value : /^\d{4}-\d\d-\d\d$/.test(String(value)) ? Date.parse(`${value}T00:00:00Z`) : parseInstant(String(value));
  }
}

/** The operand in the same reduced form as `comparable`, for equality and ordering. */
export function operandComparable(kind: FieldKind, operand: Operand): Comparable {
  switch (operand.kind) {
    case 'null':
    case 'range': return null;
    case 'string': return comparable(kind, operand.value);
    default: return operand.value;
  }
}

/** Salesforce refuses a literal whose type does not fit the field; the expected type name, if so. */
export function mismatch(field: FieldSchema, operand: Operand): string | undefined {
  if (operand.kind === 'null') return undefined;
  const kind = kindOf(field);
  if ((kind === 'text' || kind === 'id') && operand.kind !== 'string') return field.type === 'reference' ? 'reference' : field.type === 'id' ? 'id' : 'string';
  if (kind === 'number' && operand.kind !== 'number') return 'double';
  if (kind === 'boolean' && operand.kind !== 'boolean') return 'boolean';
  if (kind === 'temporal' && operand.kind !== 'instant' && operand.kind !== 'range') return field.type === 'date' ? 'date' : 'dateTime';
  return undefined;
}
