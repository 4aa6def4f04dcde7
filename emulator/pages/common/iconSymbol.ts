import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** SLDS's icon categories, each one sprite file of `<symbol id="name">` elements. */
export const ICON_CATEGORIES = ['action', 'custom', 'doctype', 'standard', 'utility'] as const;
type Category = (typeof ICON_CATEGORIES)[number];

const SPRITES = fileURLToPath(new URL('../../../node_modules/@salesforce-ux/design-system/assets/icons/', import.meta.url));

/** Every symbol of a category's sprite by id, read once. */
const symbols = new Map<Category, Map<string, string>>();

function symbolsOf(category: Category): Map<string, string> {
  let byId = symbols.get(category);
  if (!byId) {
    const sprite = readFileSync(`${SPRITES}${category}-sprite/svg/symbols.svg`, 'utf8');
    byId = new Map([...sprite.matchAll(/<symbol\b[^>]*\bid="([^"]+)"[\s\S]*?<\/symbol>/g)].map((m) => [m[1], m[0]]));
    symbols.set(category, byId);
  }
  return byId;
}

/**
 * One icon as a sprite of its own (`<svg><symbol id="name">…</symbol></svg>`, the symbol as
 * SLDS ships it), for `<use href="…/name.svg#name">`. A page that shows five icons then loads
 * five small files instead of 450 KB sprites, which the browser parses on the page's main
 * thread before the card can start (issue 16). `undefined` for an unknown icon.
 */
export function iconSymbol(category: string, name: string): string | undefined {
  if (!(ICON_CATEGORIES as readonly string[]).includes(category)) return undefined;
  const symbol = symbolsOf(category as Category).get(name);
  return symbol && `<svg xmlns="http://www.w3.org/2000/svg">${symbol}</svg>`;
}
