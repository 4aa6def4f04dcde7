import type { RequestHandler } from 'express';

const LIMIT = 700;

/**
 * Zendesk reports the account's per-minute budget on every response
 * (https://developer.zendesk.com/documentation/api-basics/best-practices/best-practices-for-avoiding-rate-limiting).
 * The emulator counts but never refuses: a local demo must not stall on a budget.
 */
export function rateLimitHeaders(now: () => Date = () => new Date()): RequestHandler {
  let windowStart = 0;
  let used = 0;
  return (_req, res, next) => {
    const ms = now().getTime();
    const minute = Math.floor(ms / 60_000) * 60_000;
    if (minute !== windowStart) {
      windowStart = minute;
      used = 0;
    }
    used++;
    const remaining = String(Math.max(0, LIMIT - used));
    const reset = String(Math.ceil((minute + 60_000 - ms) / 1000));
    res.set({
      'x-rate-limit': String(LIMIT),
      'x-rate-limit-remaining': remaining,
      'ratelimit-limit': String(LIMIT),
      'ratelimit-remaining': remaining,
      'ratelimit-reset': reset,
    });
    next();
  };
}
