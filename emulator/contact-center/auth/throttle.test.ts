import { describe, expect, it } from 'vitest';
import { SignInThrottle } from './throttle';

describe('SignInThrottle', () => {
  it('refuses the 21st try within a minute, for the seconds until the oldest failure expires', () => {
    const throttle = new SignInThrottle(20, 60_000);
    for (let i = 0; i < 20; i += 1) {
      expect(throttle.retryAfter(['user:ana', 'ip:1'], 1000 + i)).toBe(0);
      throttle.fail(['user:ana', 'ip:1'], 1000 + i);
    }
    expect(throttle.retryAfter(['user:ana'], 2000)).toBe(59);
    expect(throttle.retryAfter(['user:bob', 'ip:1'], 2000)).toBe(59);
    expect(throttle.retryAfter(['user:bob', 'ip:2'], 2000)).toBe(0);
    expect(throttle.retryAfter(['user:ana'], 61_001)).toBe(0);
  });
});
