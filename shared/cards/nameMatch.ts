import { distance } from 'fastest-levenshtein';

/** Lower case, accents folded, punctuation gone: "García-Lorca, Federico" -> "garcia lorca federico". */
export function foldName(name: string): string {
  return name
    // ß has no decomposition; Swiss and German spellings write it as "ss".
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The folded words of a name, in alphabetical order so "Lorca Federico" and "Federico Lorca" agree. */
export function nameTokens(name: string): string[] {
  const folded = foldName(name);
  return folded === '' ? [] : folded.split(' ').sort();
}

/**
 * 1 for the same name, falling towards 0 as the Levenshtein distance between the sorted
 * folded words grows relative to the longer name.
 */
export function nameSimilarity(a: readonly string[], b: readonly string[]): number {
  const x = a.join(' ');
  const y = b.join(' ');
  const longest = Math.max(x.length, y.length);
  if (longest === 0 || x.length === 0 || y.length === 0) return 0;
  return 1 - distance(x, y) / longest;
}
