import { describe, expect, it } from 'vitest';
import { defaultConfig } from './parseConfig';
import { overDefaults } from './overDefaults';

describe('overDefaults: the configuration as sent, with every setting a component asks for', () => {
  it('keeps what was sent and fills what an older service did not send, at any depth', () => {
    const defaults = { features: { card: { enabled: true, refreshOnMessage: true }, merge: { enabled: true } }, phone: { defaultRegion: 'US' }, codes: ['a', 'b'] };
    const sent = { features: { card: { enabled: false } }, codes: ['c'], extra: 1 };
    expect(overDefaults(defaults, sent)).toEqual({ features: { card: { enabled: false, refreshOnMessage: true }, merge: { enabled: true } }, phone: { defaultRegion: 'US' }, codes: ['c'], extra: 1 });
  });

  it('gives a copy: changing the result never changes the defaults', () => {
    const defaults = { phone: { defaultRegion: 'US' }, codes: [{ code: 'x' }] };
    const copy = overDefaults(defaults, undefined);
    copy.phone.defaultRegion = 'DE';
    copy.codes[0].code = 'y';
    expect(defaults).toEqual({ phone: { defaultRegion: 'US' }, codes: [{ code: 'x' }] });
  });

  it('over the schema’s defaults, a complete configuration comes back as it was sent', () => {
    const sent = { ...defaultConfig(), phone: { ...defaultConfig().phone, defaultRegion: 'DE' } };
    expect(overDefaults(defaultConfig(), sent)).toEqual(sent);
  });
});
