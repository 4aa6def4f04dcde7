import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SOFTPHONE_STYLESHEET } from '../common/assets';
import { SLDS_STYLESHEET } from '../common/html';

/** Written by the Lightning page build (emulator/build/lightningPage.build.ts) beside the bundles. */
const LISTING = fileURLToPath(new URL('../build/lightning/page-chunks.json', import.meta.url));

/** A console page's bundle as URLs: its entry first and the chunks it runs as it starts, then those its entry loads later. */
export interface LightningChunks {
  startup: string[];
  later: string[];
}

/**
 * The files a console page's bundle loads, to preload. Read on each page so a rebuild
 * (`npm start` watches) is picked up; without a build the page still names its entry.
 */
export function lightningChunks(kind: string): LightningChunks {
  let listing: Record<string, Partial<LightningChunks>> = {};
  try {
    listing = JSON.parse(readFileSync(LISTING, 'utf8')) as Record<string, Partial<LightningChunks>>;
  } catch {
    // Not built yet: the entry alone, which imports the rest.
  }
  const url = (file: string) => `/assets/build/lightning/${file}`;
  return { startup: (listing[kind]?.startup ?? [`${kind}.js`]).map(url), later: (listing[kind]?.later ?? []).map(url) };
}

/** The build's subset of SLDS for the console (emulator/build/sldsSubset.ts), the softphone's styles included. */
const SLDS_SUBSET = fileURLToPath(new URL('../build/lightning/slds.css', import.meta.url));

/** The console's stylesheets: the built SLDS subset (which carries the softphone's styles), or all of SLDS and the softphone's before a build. */
export const lightningStylesheets = (): string[] => (existsSync(SLDS_SUBSET) ? ['/assets/build/lightning/slds.css'] : [SLDS_STYLESHEET, SOFTPHONE_STYLESHEET]);
