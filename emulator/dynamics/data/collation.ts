/**
 * Text compares as the environment's SQL collation does. An English (1033) environment
 * uses a _CI_AI collation: "Garcia", "garcia" and "García" are the same word, in filters,
 * keys and sorting. https://learn.microsoft.com/power-platform/admin/language-collations
 */
const MARKS = /\p{M}+/gu;

export function fold(text: string): string {
  // Most values are plain ASCII, which only needs lower-casing.
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return text.normalize('NFD').replace(MARKS, '').toLowerCase();
  return text.toLowerCase();
}

export function compareText(a: string, b: string): number {
  const x = fold(a);
  const y = fold(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export const digitsOf = (text: string): string => text.replace(/\D/g, '');
