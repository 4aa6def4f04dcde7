import type { FieldSchema, SfRecord } from '../model/types';

/**
 * The UI API's `displayValue`: the value as the user reads it, formatted in the user's locale
 * and time zone (currency, numbers, dates, date-times) and with picklist labels. Text, phone,
 * email and reference fields have none (a phone shows as it was typed).
 * https://developer.salesforce.com/docs/atlas.en-us.uiapi.meta/uiapi/ui_api_responses_field_value.htm
 */
export interface DisplayFormat {
  /** BCP 47, from the user's `LocaleSidKey` (`en_US` -> `en-US`). */
  locale: string;
  timeZone: string;
  /** The org's corporate currency (single-currency org). */
  currency: string;
}

export const DEFAULT_DISPLAY_FORMAT: DisplayFormat = { locale: 'en-US', timeZone: 'America/Los_Angeles', currency: 'USD' };

/** The user's locale and time zone as the UI API formats for them; defaults for what is unset or unknown. */
export function userDisplayFormat(user: SfRecord | undefined): DisplayFormat {
  const locale = typeof user?.LocaleSidKey === 'string' ? user.LocaleSidKey.replace('_', '-') : DEFAULT_DISPLAY_FORMAT.locale;
  const timeZone = typeof user?.TimeZoneSidKey === 'string' ? user.TimeZoneSidKey : DEFAULT_DISPLAY_FORMAT.timeZone;
  const known = (check: () => unknown) => {
    try {
      check();
      return true;
    } catch {
      return false;
    }
  };
  return {
    locale: known(() => new Intl.NumberFormat(locale)) ? locale : DEFAULT_DISPLAY_FORMAT.locale,
    timeZone: known(() => new Intl.DateTimeFormat('en-US', { timeZone })) ? timeZone : DEFAULT_DISPLAY_FORMAT.timeZone,
    currency: DEFAULT_DISPLAY_FORMAT.currency,
  };
}

const numberOf = (value: unknown) => (typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN);
const label = (field: FieldSchema, value: string) => field.picklistValues?.find((p) => p.value === value)?.label ?? value;

export function displayValue(field: FieldSchema, value: unknown, format: DisplayFormat = DEFAULT_DISPLAY_FORMAT): string | null {
  if (value === null || value === undefined) return null;
  const n = numberOf(value);
  switch (field.type) {
    case 'picklist':
      return label(field, String(value));
    case 'multipicklist':
      return String(value).split(';').map((v) => label(field, v)).join(';');
    case 'boolean':
      return String(value);
    case 'currency':
      return Number.isFinite(n) ? new Intl.NumberFormat(format.locale, { style: 'currency', currency: format.currency, minimumFractionDigits: field.scale ?? 2, maximumFractionDigits: field.scale ?? 2 }).format(n) : String(value);
    case 'percent':
      return Number.isFinite(n) ? `${new Intl.NumberFormat(format.locale, { maximumFractionDigits: field.scale ?? 2 }).format(n)}%` : String(value);
    case 'int':
    case 'double':
      return Number.isFinite(n) ? new Intl.NumberFormat(format.locale, { maximumFractionDigits: field.scale ?? 0 }).format(n) : String(value);
    case 'date': {
      // A date has no time zone: read and shown as the calendar day it names.
      const day = new Date(`${String(value).slice(0, 10)}T00:00:00Z`);
      return Number.isNaN(day.getTime()) ? String(value) : new Intl.DateTimeFormat(format.locale, { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' }).format(day);
    }
    case 'datetime': {
      const at = new Date(String(value).replace(/\+0000$/, 'Z'));
      return Number.isNaN(at.getTime()) ? String(value) : new Intl.DateTimeFormat(format.locale, { timeZone: format.timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(at);
    }
    default:
      return null;
  }
}
