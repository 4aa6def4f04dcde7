/**
 * Where a page's `<use href>` finds an SLDS icon (`utility:search`): a file holding that one
 * symbol, served by the emulator (emulator/pages/common/iconSymbol.ts). SLDS's whole sprites
 * are 450 KB each, parsed on the main thread before the page's scripts run (issue 16).
 */
export function iconHref(iconName) {
  const [category, name] = String(iconName).split(':');
  return `/assets/icons/${encodeURIComponent(category)}/${encodeURIComponent(name)}.svg#${encodeURIComponent(name)}`;
}
