/**
 * Refuses JSON nested deeper than a parser of the vendors' kind accepts, before it is
 * parsed, so no recursive walker (validation, serialisation) ever meets it. The limit is
 * Jackson's default maximum nesting depth, far beyond any record body a client sends.
 * https://javadoc.io/doc/com.fasterxml.jackson.core/jackson-core/latest/com/fasterxml/jackson/core/StreamReadConstraints.html
 */
export const MAX_JSON_DEPTH = 1000;

/** The `type` body-parser carries on the error `refuseDeepJson` throws. */
export const TOO_DEEP = 'entity.too.deep';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPENERS = new Set([0x5b, 0x7b]);
const CLOSERS = new Set([0x5d, 0x7d]);

/**
 * Whether JSON text nests objects and arrays more than `max` deep. Scans bytes without
 * recursion; UTF-8 continuation bytes never equal the ASCII brackets and quotes it counts.
 */
export function nestsDeeperThan(text: Uint8Array, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const byte = text[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (OPENERS.has(byte)) {
      if (++depth > max) return true;
    } else if (CLOSERS.has(byte)) {
      depth--;
    }
  }
  return false;
}

/** A body-parser `verify` hook: throws a `TOO_DEEP` error for over-deep JSON. */
export function refuseDeepJson(_req: unknown, _res: unknown, body: Buffer): void {
  if (nestsDeeperThan(body, MAX_JSON_DEPTH)) {
    throw Object.assign(new Error(`JSON nesting depth exceeds the maximum allowed (${MAX_JSON_DEPTH})`), { type: TOO_DEEP });
  }
}
