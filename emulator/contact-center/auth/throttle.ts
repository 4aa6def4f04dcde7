/**
 * Wrong passwords per key (a username, an address) in a sliding minute. Past the limit a
 * sign-in is refused before any password is checked, with the seconds until the oldest
 * failure leaves the window (finding 6: 200 guesses in 8.6 s before).
 */
export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    readonly limit = 20,
    readonly windowMs = 60_000,
  ) {}

  /** Seconds to wait before trying again under any of these keys; 0 when free. */
  retryAfter(keys: string[], now: number): number {
    let wait = 0;
    for (const key of keys) {
      const recent = this.recent(key, now);
      if (recent.length >= this.limit) wait = Math.max(wait, Math.ceil((recent[0] + this.windowMs - now) / 1000));
    }
    return wait;
  }

  fail(keys: string[], now: number): void {
    for (const key of keys) this.failures.set(key, [...this.recent(key, now), now]);
  }

  private recent(key: string, now: number): number[] {
    const kept = (this.failures.get(key) ?? []).filter((at) => at > now - this.windowMs);
    if (kept.length === 0) this.failures.delete(key);
    return kept;
  }
}
