import type { RequestHandler } from 'express';

/** Zendesk Suite Professional's budget of requests per minute, which the headers report. */
const DEFAULT_LIMIT = 700;

export interface RateLimitOptions {
  /** Requests allowed per minute before 429; undefined means the emulator only counts. */
  enforce?: number;
  now?: () => Date;
}

/** `ZENDESK_RATE_LIMIT=<requests per minute>` turns the limit on; unset, a local demo never stalls. */
export function rateLimitFromEnv(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const value = Number(env.ZENDESK_RATE_LIMIT);
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

/**
 * Rate limits (https://developer.zendesk.com/api-reference/introduction/rate-limits/): every
 * answer reports the account's per-minute budget; past it, the API answers 429 with
 * `Retry-After` (seconds until the minute ends) and the plain-text body Zendesk sends.
 */
export function rateLimit(options: RateLimitOptions = {}): RequestHandler {
  const now = options.now ?? (() => new Date());
  const limit = options.enforce ?? DEFAULT_LIMIT;
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
    const remaining = String(Math.max(0, limit - used));
    const reset = String(Math.max(1, Math.ceil((minute + 60_000 - ms) / 1000)));
    res.set({
      'x-rate-limit': String(limit),
      'x-rate-limit-remaining': remaining,
      'ratelimit-limit': String(limit),
      'ratelimit-remaining': remaining,
      'ratelimit-reset': reset,
    });
    if (options.enforce !== undefined && used > limit) {
      res.status(429).set('retry-after', reset).type('text/plain').send('Number of allowed API requests per minute exceeded');
      return;
    }
    next();
  };
}
