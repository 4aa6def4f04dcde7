/** How long to wait before attempt `attempt + 1`: exponential, capped, with jitter so that clients do not retry in step. */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** (attempt - 1));
  // "Equal jitter": never less than half the ceiling, so a busy server still gets breathing room.
  return ceiling / 2 + random() * (ceiling / 2);
}

/**
 * The wait a `Retry-After` header asks for, in milliseconds, or null when absent or unreadable.
 * It holds either delay-seconds or an HTTP-date (https://www.rfc-editor.org/rfc/rfc9110#field.retry-after).
 */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (!header) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
