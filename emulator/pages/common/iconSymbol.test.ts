import { describe, expect, it } from 'vitest';
import { iconSymbol } from './iconSymbol';

describe('iconSymbol', () => {
  it('is one SLDS symbol, with its id and view box, in a document of its own', () => {
    const svg = iconSymbol('utility', 'search');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"><symbol [^>]*id="search"[^>]*>[\s\S]*<\/symbol><\/svg>$/);
    expect(svg).toContain('viewBox="0 0 520 520"');
    expect(svg?.match(/<symbol/g)).toHaveLength(1);
  });

  it('finds standard icons, whose ids share prefixes, exactly', () => {
    expect(iconSymbol('standard', 'account')).toMatch(/id="account"/);
    expect(iconSymbol('standard', 'account')).not.toMatch(/account_info/);
  });

  it('knows no icon outside SLDS', () => {
    expect(iconSymbol('utility', 'no-such-icon')).toBeUndefined();
    expect(iconSymbol('../secrets', 'search')).toBeUndefined();
    expect(iconSymbol('toString', 'search')).toBeUndefined();
  });
});
