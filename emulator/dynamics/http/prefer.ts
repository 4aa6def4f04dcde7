import type { Request } from 'express';

/**
 * The `Prefer` request header: return=representation, odata.maxpagesize and
 * odata.include-annotations (a comma list with `*` wildcards), several headers or one
 * comma-separated header alike.
 * https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors#prefer-headers
 */
export interface Preferences {
  returnRepresentation: boolean;
  maxPageSize?: number;
  /** The annotation patterns asked for, as sent (for Preference-Applied). */
  annotations?: string;
  wants(annotation: string): boolean;
}

/** Pages hold at most 5,000 rows; larger max page sizes are ignored. */
export const MAX_PAGE_SIZE = 5000;

export function readPreferences(req: Request): Preferences {
  const header = req.headers.prefer;
  const items = splitItems(Array.isArray(header) ? header.join(',') : (header ?? ''));
  let returnRepresentation = false;
  let maxPageSize: number | undefined;
  let annotations: string | undefined;
  for (const item of items) {
    const eq = item.indexOf('=');
    const name = (eq < 0 ? item : item.slice(0, eq)).trim().toLowerCase();
    const value = eq < 0 ? '' : unquote(item.slice(eq + 1).trim());
    if (name === 'return' && value === 'representation') returnRepresentation = true;
    else if (name === 'odata.maxpagesize') {
      const size = Number(value);
      if (Number.isInteger(size) && size > 0 && size <= MAX_PAGE_SIZE) maxPageSize = size;
    } else if (name === 'odata.include-annotations') annotations = value;
  }
  const patterns = (annotations ?? '').split(',').map((p) => p.trim()).filter(Boolean);
  const wants = (annotation: string) =>
    patterns.some((p) => (p.startsWith('-') ? false : p === '*' || p === annotation || (p.endsWith('*') && annotation.startsWith(p.slice(0, -1)))));
  return { returnRepresentation, maxPageSize, annotations, wants };
}

/** Splits on commas outside double quotes: `odata.include-annotations="a,b",return=representation`. */
function splitItems(header: string): string[] {
  const items: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < header.length; i++) {
    if (header[i] === '"') quoted = !quoted;
    else if (header[i] === ',' && !quoted) {
      items.push(header.slice(start, i));
      start = i + 1;
    }
  }
  items.push(header.slice(start));
  return items.map((i) => i.trim()).filter(Boolean);
}

const unquote = (value: string): string => (value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value);

/** The Preference-Applied header for what was honoured. */
export function preferenceApplied(preferences: Preferences, pageSizeApplied: boolean): string | undefined {
  const applied: string[] = [];
  if (pageSizeApplied && preferences.maxPageSize) applied.push(`odata.maxpagesize=${preferences.maxPageSize}`);
  if (preferences.annotations) applied.push(`odata.include-annotations="${preferences.annotations}"`);
  return applied.length ? applied.join(',') : undefined;
}
