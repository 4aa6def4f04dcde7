/** `m:ss` (or `h:mm:ss`) for a number of seconds, never negative. */
export function clock(seconds) {
  const s = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return hours ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** Seconds since or until an ISO time. */
export const since = (iso, now = Date.now()) => (now - Date.parse(iso)) / 1000;
export const until = (iso, now = Date.now()) => (Date.parse(iso) - now) / 1000;

/** A ticking time: `data-since` counts up, `data-until` counts down; `tickClocks` moves them on. */
export const clockAttributes = ({ from, to }) => (from ? { 'data-since': from } : { 'data-until': to });

/**
 * Moves every clock in `root` on to now, without re-rendering anything else (so nothing the
 * agent is typing or pointing at moves).
 */
export function tickClocks(root, now = Date.now()) {
  for (const element of root.querySelectorAll('[data-since]')) element.textContent = clock(since(element.dataset.since, now));
  for (const element of root.querySelectorAll('[data-until]')) element.textContent = clock(until(element.dataset.until, now));
}
