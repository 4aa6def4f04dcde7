import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SLDS_STYLESHEET } from '../common/html';

/** Written by the Lightning page build (emulator/build/lightningPage.build.ts) beside the bundles. */
const LISTING = fileURLToPath(new URL('../build/lightning/page-chunks.json', import.meta.url));

/**
 * The files a console page's bundle loads (its entry and every chunk it imports), as URLs to
 * preload. Read on each page so a rebuild (`npm start` watches) is picked up; without a build
 * the page still names its entry.
 */
export function lightningChunks(kind: string): string[] {
  let listing: Record<string, string[]> = {};
  try {
    listing = JSON.parse(readFileSync(LISTING, 'utf8')) as Record<string, string[]>;
  } catch {
    // Not built yet: the entry alone, which imports the rest.
  }
  return (listing[kind] ?? [`${kind}.js`]).map((file) => `/assets/build/lightning/${file}`);
}

/** The build's subset of SLDS for the console (emulator/build/sldsSubset.ts). */
const SLDS_SUBSET = fileURLToPath(new URL('../build/lightning/slds.css', import.meta.url));

/** The console's stylesheet: the built SLDS subset, or all of SLDS before a build. */
export const lightningStylesheet = (): string => (existsSync(SLDS_SUBSET) ? '/assets/build/lightning/slds.css' : SLDS_STYLESHEET);
