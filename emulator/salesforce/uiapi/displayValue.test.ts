import { describe, expect, it } from 'vitest';
import type { FieldSchema } from '../model/types';
import { displayValue, userDisplayFormat } from './displayValue';

const field = (type: FieldSchema['type'], extra: Partial<FieldSchema> = {}) => ({ name: 'F', label: 'F', type, createable: true, updateable: true, ...extra }) as FieldSchema;
const US = userDisplayFormat({ Id: '005', LocaleSidKey: 'en_US', TimeZoneSidKey: 'America/Los_Angeles' });
const DE = userDisplayFormat({ Id: '005', LocaleSidKey: 'de_DE', TimeZoneSidKey: 'Europe/Berlin' });

describe('UI API display values', () => {
  it('formats currency, dates and date-times in the user’s locale and time zone', () => {
    expect(displayValue(field('currency', { scale: 2 }), 48000, US)).toBe('$48,000.00');
    expect(displayValue(field('currency', { scale: 2 }), 48000, DE)).toBe('48.000,00\u00a0$');
    expect(displayValue(field('date'), '2026-03-31', US)).toBe('3/31/2026');
    expect(displayValue(field('date'), '2026-03-31', DE)).toBe('31.3.2026');
    expect(displayValue(field('datetime'), '2026-03-31T17:05:00.000+0000', US)).toBe('3/31/2026, 10:05 AM');
  });

  it('shows picklist labels and leaves phones, text and empty values alone', () => {
    const status = field('picklist', { picklistValues: [{ value: 'acw', label: 'After-call work', active: true, defaultValue: false }] } as Partial<FieldSchema>);
    expect(displayValue(status, 'acw', US)).toBe('After-call work');
    expect(displayValue(field('phone'), '(415) 555-1000', US)).toBeNull();
    expect(displayValue(field('string'), 'Maria', US)).toBeNull();
    expect(displayValue(field('currency'), null, US)).toBeNull();
  });

  it('falls back to en-US and Los Angeles for an unknown locale or zone', () => {
    expect(userDisplayFormat({ Id: '005', LocaleSidKey: 'xx_!!', TimeZoneSidKey: 'Mars/Olympus' })).toMatchObject({ locale: 'en-US', timeZone: 'America/Los_Angeles' });
  });
});
