/**
 * Wildcard matching without backtracking, for SOQL's LIKE (`%`, `_`) and SOSL's search
 * words (`*`, `?`). A pattern is split at its run wildcards into segments; the first
 * segment must start the text, the last must end it, and every segment between is placed
 * at its leftmost fit after the one before. Leftmost placement is always a valid choice for
 * such patterns, so the cursor only moves forward: time is at most text length times
 * pattern length, whatever the input (no RegExp is ever built from user text).
 */
export type WildcardPart = { literal: string } | 'one' | 'any';

/** A compiled pattern: lower-cased segments of literal code points and single wildcards. */
export interface Wildcard {
  /** Segments between run wildcards; `null` in a segment is a one-character wildcard. */
  segments: (string | null)[][];
  /** Whether the pattern has at least one run wildcard (otherwise it is one segment to match whole). */
  hasRun: boolean;
  /** Number of wildcards (run and single), for the limits callers impose. */
  wildcards: number;
}

export function compileWildcard(parts: WildcardPart[]): Wildcard {
  const segments: (string | null)[][] = [[]];
  let hasRun = false;
  let wildcards = 0;
  for (const part of parts) {
    if (part === 'any') {
      wildcards++;
      hasRun = true;
      if (segments[segments.length - 1].length > 0 || segments.length === 1) segments.push([]);
    } else if (part === 'one') {
      wildcards++;
      segments[segments.length - 1].push(null);
    } else segments[segments.length - 1].push(...Array.from(part.literal.toLowerCase()));
  }
  return { segments, hasRun, wildcards };
}

function fitsAt(text: string[], at: number, segment: (string | null)[]): boolean {
  for (let k = 0; k < segment.length; k++) {
    const want = segment[k];
    if (want !== null && text[at + k] !== want) return false;
  }
  return true;
}

/** Whether the whole of `value` matches the pattern, ignoring case. */
export function matchesWildcard(pattern: Wildcard, value: string): boolean {
  const text = Array.from(value.toLowerCase());
  const { segments } = pattern;
  if (!pattern.hasRun) return text.length === segments[0].length && fitsAt(text, 0, segments[0]);
  const first = segments[0];
  const last = segments[segments.length - 1];
  const end = text.length - last.length;
  if (end < first.length || !fitsAt(text, 0, first) || !fitsAt(text, end, last)) return false;
  let cursor = first.length;
  for (let s = 1; s < segments.length - 1; s++) {
    const segment = segments[s];
    let at = cursor;
    while (at + segment.length <= end && !fitsAt(text, at, segment)) at++;
    if (at + segment.length > end) return false;
    cursor = at + segment.length;
  }
  return true;
}
