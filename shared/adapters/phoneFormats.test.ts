import { describe, expect, it } from 'vitest';
import { phoneFormats } from './phoneFormats';

describe('phone formats for literal-matching CRMs (§7.1: numbers match whatever way they were typed)', () => {
  it('covers the ways the demo customers typed a US number', () => {
    const formats = phoneFormats('+14155551000');
    for (const typed of ['(415) 555-1000', '+1 (415) 555-1000', '+1 415 555 1000', '415-555-1000', '415.555.1000', '+14155551000', '1 (415) 555-1000', '415 555 1000', '(415)5551000', '1-415-555-1000', '4155551000']) {
      expect(formats?.typed).toContain(typed);
    }
    expect(formats).toMatchObject({ e164: '+14155551000', e164Digits: '14155551000', nationalDigits: '4155551000' });
  });

  it('keeps to the forms people really type, so a literal-matching query stays short', () => {
    const formats = phoneFormats('+14155551000');
    expect(formats?.typed).toContain('+1-415-555-1000');
    expect(formats?.typed.length).toBeLessThanOrEqual(14);
    expect(formats?.typed).not.toContain('1 (415)5551000');
  });

  it('writes other countries without the trunk zero after the country code', () => {
    const formats = phoneFormats('030 901820', 'DE');
    expect(formats?.typed).toEqual(expect.arrayContaining(['+49 30 901820', '030 901820', '+4930901820']));
    expect(formats?.typed).not.toContain('+49 030 901820');
    expect(phoneFormats('+81 3 3224 9999')?.typed).toContain('+81 3-3224-9999');
  });

  it('is null for what is not a phone number', () => {
    expect(phoneFormats('call me')).toBeNull();
  });
});
