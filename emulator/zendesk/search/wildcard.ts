/**
 * Wildcard values (`email:*@acme.example`, `name:mar*`) as the search reference describes them
 * (https://support.zendesk.com/hc/en-us/articles/4408886879258): `*` stands for any run of
 * characters. The matcher never builds a RegExp from the caller's text and never backtracks:
 * the literal pieces between stars are found left to right, each at its first place after the
 * previous one, which is enough for `*`-only patterns and takes time linear in the text per piece.
 */
export const MAX_WILDCARDS = 5;
export const MAX_VALUE_LENGTH = 255;

/** Why a term's value cannot be searched, in the words of Zendesk's `invalid` answer; undefined when it can. */
export function invalidWildcard(value: string): string | undefined {
  if (value.length > MAX_VALUE_LENGTH) return `Invalid search: a term is longer than ${MAX_VALUE_LENGTH} characters`;
  let stars = 0;
  for (const char of value) if (char === '*') stars++;
  if (stars > MAX_WILDCARDS) return `Invalid search: a term has more than ${MAX_WILDCARDS} wildcards`;
  return undefined;
}

/** The first reason any term of a query cannot be searched. */
export function invalidTerms(terms: readonly { value: string }[]): string | undefined {
  for (const term of terms) {
    const reason = invalidWildcard(term.value);
    if (reason) return reason;
  }
  return undefined;
}

/** Case-blind match of the whole text against a pattern whose only special character is `*`. */
export function matchesWildcard(text: string, pattern: string): boolean {
  const subject = text.toLowerCase();
  const pieces = pattern.toLowerCase().split('*');
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (pieces.length === 1) return subject === first;
  if (!subject.startsWith(first) || subject.length < first.length + last.length || !subject.endsWith(last)) return false;
  let at = first.length;
  const end = subject.length - last.length;
  for (const piece of pieces.slice(1, -1)) {
    if (!piece) continue;
    const found = subject.indexOf(piece, at);
    if (found < 0 || found + piece.length > end) return false;
    at = found + piece.length;
  }
  return true;
}
