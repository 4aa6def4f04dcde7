import type { FieldSchema } from '../model/types';
import { sfError, type SfError } from '../http/errors';

/** Salesforce's datetime form: ISO 8601 with milliseconds and `+0000`. */
export const sfDateTime = (date: Date) => date.toISOString().replace('Z', '+0000');

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
const wrongType = (field: FieldSchema, value: unknown) =>
  sfError('INVALID_TYPE_ON_FIELD_IN_RECORD', `${field.label}: value not of required type: ${show(value)}`, [field.name]);

/**
 * Checks one value against its field's type, length and picklist, and returns the value
 * as stored. Messages follow the API's wording (e.g. "Phone: data value too large: ...").
 */
export function coerceValue(field: FieldSchema, value: unknown): { value: unknown } | { error: SfError } {
  if (value === null || value === '') return { value: null };
  switch (field.type) {
    case 'boolean':
      return typeof value === 'boolean' ? { value } : { error: wrongType(field, value) };
    case 'int':
      return typeof value === 'number' && Number.isInteger(value) ? { value } : { error: wrongType(field, value) };
    case 'double': case 'currency': case 'percent':
      return typeof value === 'number' && Number.isFinite(value) ? { value } : { error: wrongType(field, value) };
    case 'date':
      return typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(value)) ? { value } : { error: wrongType(field, value) };
    case 'datetime': {
      const time = typeof value === 'string' ? Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')) : NaN;
      return Number.isNaN(time) ? { error: wrongType(field, value) } : { value: sfDateTime(new Date(time)) };
    }
    case 'reference': case 'id':
      return typeof value === 'string' ? { value } : { error: wrongType(field, value) };
    default:
      return checkText(field, typeof value === 'number' || typeof value === 'boolean' ? String(value) : value);
  }
}

function checkText(field: FieldSchema, value: unknown): { value: unknown } | { error: SfError } {
  if (typeof value !== 'string') return { error: wrongType(field, value) };
  if (field.length && value.length > field.length) {
    return { error: sfError('STRING_TOO_LONG', `${field.label}: data value too large: ${value} (max length=${field.length})`, [field.name]) };
  }
  if (field.restrictedPicklist && field.picklistValues) {
    const allowed = new Set(field.picklistValues.filter((p) => p.active).map((p) => p.value));
    const picked = field.type === 'multipicklist' ? value.split(';') : [value];
    const bad = picked.find((v) => !allowed.has(v));
    if (bad !== undefined) {
      return { error: sfError('INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', `${field.label}: bad value for restricted picklist field: ${bad}`, [field.name]) };
    }
  }
  return { value };
}
