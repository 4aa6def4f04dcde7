import { describe, expect, it } from 'vitest';
import { addClassesIn, emptyUsage, sldsSubset } from './sldsSubset';

const usageOf = (...code: string[]) => code.reduce((usage, c) => addClassesIn(c, usage), emptyUsage());

describe('addClassesIn', () => {
  it('finds SLDS classes in templates, scripts and markup', () => {
    const usage = usageOf('<div class="slds-card slds-p-around_small">', "el.className = 'slds-button slds-button_neutral';");
    expect([...usage.classes].sort()).toEqual(['slds-button', 'slds-button_neutral', 'slds-card', 'slds-p-around_small']);
  });

  it('takes a class built at run time as a prefix', () => {
    const usage = usageOf('`slds-icon_${size}`', "'slds-theme_' + variant", 'e="slds-text-color_"+t', '`slds-icon-${category}-${name}`');
    expect([...usage.prefixes].sort()).toEqual(['slds-icon-', 'slds-icon_', 'slds-text-color_', 'slds-theme_']);
  });

  it('takes a whole name before an interpolation or a `+` as one class, not a prefix', () => {
    const usage = usageOf('`slds-section${open ? " slds-is-open" : ""}`', 'c="slds-checkbox"+(on?" slds-is-on":"")');
    expect([...usage.prefixes]).toEqual([]);
    expect([...usage.classes].sort()).toEqual(['slds-checkbox', 'slds-is-on', 'slds-is-open', 'slds-section']);
  });
});

describe('sldsSubset', () => {
  const css = [
    ':root{--slds-g-color:#fff}',
    'html{font-size:100%}',
    '.slds-card{padding:1rem}',
    '.slds-modal{position:fixed}',
    '.slds-card,.slds-modal{margin:0}',
    '.slds-button:not(.slds-button_icon){color:blue}',
    '.slds-modal .slds-button{color:red}',
    '.slds-icon_small{width:1rem}',
    '.slds-icon-standard-contact{background:purple}',
    '[class*=slds-] .x{color:green}',
    '@media (min-width:48em){.slds-modal{width:50%}.slds-card{width:100%}}',
    '@media (min-width:64em){.slds-modal{width:60%}}',
    '@supports (display:grid){@media print{.slds-modal{display:none}}}',
    '@keyframes slds-spin{0%{opacity:0}to{opacity:1}}',
  ].join('');
  const subset = sldsSubset(css, usageOf('<div class="slds-card"><button class="slds-button">', '`slds-icon_${size}`'));

  it('keeps the rules of used classes, element rules and design tokens', () => {
    expect(subset).toContain(':root{--slds-g-color:#fff}');
    expect(subset).toContain('html{font-size:100%}');
    expect(subset).toContain('.slds-card{padding:1rem}');
    expect(subset).toContain('[class*=slds-] .x{color:green}');
    expect(subset).toContain('@keyframes slds-spin{0%{opacity:0}to{opacity:1}}');
  });

  it('drops the selectors of unused classes, and a rule or at-rule left empty', () => {
    expect(subset).not.toContain('.slds-modal');
    expect(subset).toContain('.slds-card{margin:0}');
    expect(subset).toContain('@media (min-width:48em){.slds-card{width:100%}}');
    expect(subset).not.toContain('64em');
    expect(subset).not.toContain('@supports');
  });

  it('keeps a rule whose unused class is only one it must not have', () => {
    expect(subset).toContain('.slds-button:not(.slds-button_icon){color:blue}');
  });

  it('keeps every class a prefix built at run time can name', () => {
    expect(subset).toContain('.slds-icon_small{width:1rem}');
    expect(subset).not.toContain('slds-icon-standard-contact');
  });
});

describe('sldsSubset: icon colours', () => {
  const css = [
    '.slds-icon-standard-contact{background:purple}',
    '.slds-icon-standard-log-a-call{background:teal}',
    '.slds-icon-standard-account{background:indigo}',
    '.slds-icon-custom-custom1{background:red}',
    '.slds-icon-text-default{fill:grey}',
  ].join('');
  const colourClass = '`slds-icon_container slds-icon-${name.replace(":", "-")}`';

  it("keeps an icon's colour only when some code names the icon", () => {
    const subset = sldsSubset(css, usageOf(colourClass, "iconName: 'standard:contact'", '<x icon-name="standard:log_a_call">'));
    expect(subset).toContain('.slds-icon-standard-contact{background:purple}');
    expect(subset).toContain('.slds-icon-standard-log-a-call{background:teal}');
    expect(subset).not.toContain('slds-icon-standard-account');
    expect(subset).not.toContain('slds-icon-custom-custom1');
  });

  it('still keeps what the `slds-icon-` prefix names besides colours', () => {
    expect(sldsSubset(css, usageOf(colourClass))).toContain('.slds-icon-text-default{fill:grey}');
  });

  it("keeps a category's every colour when code builds its icon names", () => {
    const subset = sldsSubset(css, usageOf(colourClass, '`standard:${ICONS[object]}`'));
    expect(subset).toContain('slds-icon-standard-account');
    expect(subset).not.toContain('slds-icon-custom-custom1');
  });

  it('keeps a colour class code names whole, icon or not', () => {
    expect(sldsSubset(css, usageOf('<span class="slds-icon-custom-custom1">'))).toContain('slds-icon-custom-custom1');
  });
});
